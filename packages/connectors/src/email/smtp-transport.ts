import nodemailer from "nodemailer";
import type { EmailConfig, EmailSecrets } from "./email-config.ts";

/** One SMTP connection per call: sends are rare, and a pooled connection would outlive the config. */
export function createSmtpTransport(config: EmailConfig, secrets: EmailSecrets) {
  const user = config.smtp.user;
  return nodemailer.createTransport({
    host: config.smtp.host,
    port: config.smtp.port,
    secure: config.smtp.secure,
    // STARTTLS or nothing: nodemailer would otherwise send in cleartext to a server not offering it.
    requireTLS: !config.smtp.secure && !config.tls.allowUnencrypted,
    ...(user === undefined ? {} : { auth: { user, pass: secrets.smtpPassword ?? secrets.imapPassword } }),
    tls: { rejectUnauthorized: config.tls.rejectUnauthorized },
    // Our EHLO name: the domain we sign Message-IDs with, rather than the container's host name.
    name: config.messageIdDomain,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    logger: false,
  });
}

export function smtpEndpoint(config: EmailConfig): string {
  return `${config.smtp.host}:${config.smtp.port}`;
}
