export interface DovecotLayout {
  dir: string;
  port: number;
  /** Unprivileged users (and group) for login and internal processes: dovenull/dovecot as root, else ourselves. */
  loginUser: string;
  internalUser: string;
  internalGroup: string;
  /** Key and certificate files: STARTTLS is offered on the IMAP port. Without them, cleartext only. */
  tls?: { keyPath: string; certPath: string };
}

const common = ({ dir, loginUser, internalUser, internalGroup }: DovecotLayout) => `
protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
instance_name = emma-test-${dir.split("/").pop() ?? "dovecot"}
log_path = ${dir}/dovecot.log
auth_mechanisms = plain login
default_login_user = ${loginUser}
default_internal_user = ${internalUser}
default_internal_group = ${internalGroup}
first_valid_uid = 1
`;

// The anvil auth penalty slows every login from an IP after a failed one (up to 15 s): the
// wrong-password test would slow the tests after it. Mode 0 turns it off (Dovecot's documented way).
// No chroot: only root may chroot, and the tests also run as an ordinary user.
const listener = ({ port }: DovecotLayout) => `
service anvil {
  chroot =
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service imap-login {
  chroot =
  inet_listener imap {
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
`;

/** Dovecot 2.3 (Debian 12, Ubuntu 22.04/24.04). Passwords in the users file carry their {PLAIN} scheme. */
export function dovecot23Config(layout: DovecotLayout): string {
  const ssl = layout.tls
    ? `ssl = yes\nssl_cert = <${layout.tls.certPath}\nssl_key = <${layout.tls.keyPath}`
    : "ssl = no";
  return `${common(layout)}${ssl}
disable_plaintext_auth = no
auth_failure_delay = 0
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = ${layout.dir}/users
}
userdb {
  driver = passwd-file
  args = ${layout.dir}/users
}
${listener(layout)}`;
}

/** Dovecot 2.4 (Debian 13) renamed most of these; written from its documentation, not yet run here. */
export function dovecot24Config(layout: DovecotLayout): string {
  const ssl = layout.tls
    ? `ssl = yes\nssl_server_cert_file = ${layout.tls.certPath}\nssl_server_key_file = ${layout.tls.keyPath}`
    : "ssl = no";
  return `dovecot_config_version = 2.4.0
dovecot_storage_version = 2.4.0
${common(layout)}${ssl}
auth_allow_cleartext = yes
mail_driver = maildir
mail_path = ~/Maildir
passdb passwd-file {
  passwd_file_path = ${layout.dir}/users
}
userdb passwd-file {
  passwd_file_path = ${layout.dir}/users
}
${listener(layout)}`;
}
