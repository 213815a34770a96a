import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface SmtpReceiver {
  port: number;
  /** Every mail accepted, raw as it came over the wire. */
  received: Buffer[];
  /** The user names of every login attempt, right or wrong. */
  logins: string[];
  /** For each mail in `received`, whether its session was encrypted (STARTTLS). */
  encrypted: boolean[];
  /** For each mail in `received`, the envelope: MAIL FROM and every RCPT TO (Bcc recipients appear only here). */
  envelopes: { from: string; to: string[] }[];
  close(): Promise<void>;
}

export interface ReceiverOptions {
  /** Answer RCPT TO with this reply, e.g. 550 or 451. */
  refuse?: { code: number; message: string };
  /** Require this login. */
  login?: { user: string; pass: string };
  /** Offer STARTTLS with this key and certificate (PEM); without it the server speaks cleartext only. */
  tls?: { key: string; cert: string };
}

/** A real SMTP server on a free local port (cleartext, or STARTTLS), as the far side of send() in tests. */
export async function startSmtpReceiver(options: ReceiverOptions = {}): Promise<SmtpReceiver> {
  const received: Buffer[] = [];
  const logins: string[] = [];
  const encrypted: boolean[] = [];
  const envelopes: { from: string; to: string[] }[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: [...(options.tls ? [] : ["STARTTLS"]), ...(options.login ? [] : ["AUTH"])],
    ...(options.tls ?? {}),
    authOptional: !options.login,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      logins.push(auth.username ?? "");
      const login = options.login;
      const ok = login !== undefined && auth.username === login.user && auth.password === login.pass;
      callback(
        ok ? null : new Error("Invalid username or password"),
        ok ? { user: auth.username } : undefined,
      );
    },
    onRcptTo(_address, _session, callback) {
      if (!options.refuse) return callback();
      callback(Object.assign(new Error(options.refuse.message), { responseCode: options.refuse.code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push(Buffer.concat(chunks));
        encrypted.push(session.secure);
        const from = session.envelope.mailFrom;
        envelopes.push({
          from: from === false ? "" : from.address,
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    logins,
    encrypted,
    envelopes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
