const TLS_CODE =
  /^(ERR_TLS|ERR_SSL|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_(GET|VERIFY))|ClosedAfterConnectTLS/;

/** The plain sentence for a socket, DNS, timeout or TLS failure, or undefined for anything else. */
export function networkProblem(
  error: { code?: string | undefined; message?: string },
  what: string,
): string | undefined {
  const message = error.message ?? "";
  // nodemailer wraps socket errors as ESOCKET/ECONNECTION and keeps Node's code only in the message.
  const wrapped = error.code === undefined || /^E(SOCKET|CONNECTION)$/.test(error.code);
  const code = (wrapped ? /\b(E[A-Z_]{4,})\b/.exec(message)?.[1] : undefined) ?? error.code ?? "";
  if (code === "ECONNREFUSED")
    return `Cannot reach the ${what}: the connection was refused (is the port right?)`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN")
    return `Cannot reach the ${what}: the host name is unknown`;
  if (/TIMEOUT|ETIMEDOUT/.test(code)) return `The ${what} did not answer in time`;
  if (code === "ECONNRESET" || code === "EPIPE" || code === "NoConnection" || code === "EConnectionClosed") {
    return `The ${what} closed the connection`;
  }
  if (TLS_CODE.test(code) || /certificate|SSL routines|wrong version number/i.test(message)) {
    return `The TLS handshake with the ${what} failed (${code || message.slice(0, 120)}); check the port, the secure setting and the certificate`;
  }
  return undefined;
}

/**
 * For a server that offers neither TLS nor STARTTLS: Emma does not send a password or a customer's
 * mail over the network in cleartext unless the admin allows it for a test setup.
 */
export function noEncryption(what: string, tlsPort: number): string {
  return (
    `The ${what} offers neither TLS nor STARTTLS, and Emma does not send passwords or mail unencrypted: ` +
    `use TLS (port ${tlsPort}, secure) or enable STARTTLS on the server; only for a test server, allow ` +
    `unencrypted connections in the connector's TLS settings`
  );
}
