import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { dovecot23Config, dovecot24Config } from "./dovecot-config.ts";
import { freePort } from "./free-port.ts";
import { waitForGreeting } from "./wait-for-greeting.ts";

export interface DovecotServer {
  port: number;
  user: string;
  password: string;
  /** Ends every IMAP session of the user, as a server restart or an admin would. */
  kick(): void;
  /** Logins Dovecot refused so far, from its own log (what a brute-force monitor would count). */
  failedLogins(): number;
  stop(): Promise<void>;
}

const BINARY = [process.env.DOVECOT_BIN, "/usr/sbin/dovecot", "/usr/bin/dovecot"].find(
  (path): path is string => path !== undefined && existsSync(path),
);

function account(name: string): { uid: number; gid: number } | undefined {
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith(`${name}:`));
  const [, , uid, gid] = line?.split(":") ?? [];
  return uid === undefined || gid === undefined ? undefined : { uid: Number(uid), gid: Number(gid) };
}

function groupName(gid: number): string {
  const line = readFileSync("/etc/group", "utf8")
    .split("\n")
    .find((entry) => entry.split(":")[2] === String(gid));
  return line?.split(":")[0] ?? String(gid);
}

const isRoot = process.getuid?.() === 0;

/** Why the Dovecot tests cannot run here, or undefined when they can. */
export function whyNoDovecot(): string | undefined {
  if (!BINARY) return "no dovecot binary (apt-get install dovecot-imapd, or set DOVECOT_BIN)";
  if (isRoot && (!account("dovecot") || !account("dovenull")))
    return "the dovecot and dovenull users are missing";
  return undefined;
}

/**
 * A private Dovecot on a free 127.0.0.1 port: its own config, run and state dirs and maildir under a
 * temp dir, one passwd-file user, cleartext login, and STARTTLS when given a key and certificate.
 * As root, mail belongs to the dovecot user (its login processes refuse to run as root); otherwise
 * everything runs as ourselves.
 */
export async function startDovecot(
  options: { tls?: { key: string; cert: string } } = {},
): Promise<DovecotServer> {
  if (!BINARY) throw new Error(whyNoDovecot());
  const dir = mkdtempSync(join(tmpdir(), "emma-dovecot-"));
  chmodSync(dir, 0o755);
  const me = userInfo();
  const owner = isRoot ? (account("dovecot") ?? { uid: 0, gid: 0 }) : { uid: me.uid, gid: me.gid };
  const tls = options.tls && { keyPath: join(dir, "key.pem"), certPath: join(dir, "cert.pem") };
  if (options.tls && tls) {
    writeFileSync(tls.keyPath, options.tls.key, { mode: 0o600 });
    writeFileSync(tls.certPath, options.tls.cert);
  }
  const layout = {
    dir,
    port: await freePort(),
    loginUser: isRoot ? "dovenull" : me.username,
    internalUser: isRoot ? "dovecot" : me.username,
    internalGroup: isRoot ? "dovecot" : groupName(me.gid),
    ...(tls ? { tls } : {}),
  };
  const user = "support";
  const password = randomBytes(12).toString("hex");
  const home = join(dir, "mail", user);
  for (const path of [join(dir, "run"), join(dir, "state"), home]) mkdirSync(path, { recursive: true });
  if (isRoot) for (const path of [join(dir, "mail"), home]) chownSync(path, owner.uid, owner.gid);
  writeFileSync(join(dir, "users"), `${user}:{PLAIN}${password}:${owner.uid}:${owner.gid}::${home}::\n`);
  const version = execFileSync(BINARY, ["--version"], { encoding: "utf8" }).trim();
  const config = /^2\.[0-3]\./.test(version) ? dovecot23Config(layout) : dovecot24Config(layout);
  const configPath = join(dir, "dovecot.conf");
  writeFileSync(configPath, config);

  const child = spawn(BINARY, ["-F", "-c", configPath], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // Whoever started it may end without stopping it (Ctrl+C on the demo): never leave Dovecot behind.
  const onExit = () => {
    child.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", onExit);
  const stop = async () => {
    process.off("exit", onExit);
    if (child.exitCode === null) child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForGreeting(layout.port, exited, 15_000);
  } catch (error) {
    const log = existsSync(join(dir, "dovecot.log")) ? readFileSync(join(dir, "dovecot.log"), "utf8") : "";
    await stop();
    throw new Error(`Dovecot ${version} did not start: ${String(error)}\n${output}\n${log}`);
  }
  const doveadm = join(BINARY, "..", "..", "bin", "doveadm");
  const kick = () =>
    execFileSync(existsSync(doveadm) ? doveadm : "doveadm", ["-c", configPath, "kick", user]);
  const failedLogins = () => {
    const log = join(dir, "dovecot.log");
    return existsSync(log) ? (readFileSync(log, "utf8").match(/auth failed/g) ?? []).length : 0;
  };
  return { port: layout.port, user, password, kick, failedLogins, stop };
}
