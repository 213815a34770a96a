import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from "node:crypto";
import { link, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Connector secrets at rest (DESIGN.md: `connectors.secrets`): AES-256-GCM, sealed as
 * `v1:<iv>:<tag>:<ciphertext>` in base64. The version leaves room to rotate algorithm or key.
 * Errors say what went wrong, never what was inside (invariant 7).
 */

const version = "v1";
const keyBytes = 32;
// 96-bit IVs are GCM's native size; random ones are safe far beyond the number of secrets we seal.
const ivBytes = 12;
const tagBytes = 16;
// Binds a sealed value to this purpose, so it cannot be passed off as another GCM message of ours.
const associatedData = Buffer.from("emma:connector-secrets:v1");

export class SecretBoxError extends Error {
  override readonly name = "SecretBoxError";
}

/** The key as a KeyObject, which prints as `SecretKeyObject { ... }` rather than its bytes. */
export type SecretKey = KeyObject;

/**
 * `EMMA_SECRET_KEY` (base64 of 32 bytes) when set; otherwise `<dataDir>/secret.key`, made on first
 * start, readable by the owner only. Lose that file and the stored connector secrets are gone.
 */
export async function loadSecretKey(
  env: Record<string, string | undefined>,
  dataDir: string,
): Promise<SecretKey> {
  if (env.EMMA_SECRET_KEY) return keyFromBase64(env.EMMA_SECRET_KEY, "EMMA_SECRET_KEY");
  const path = join(dataDir, "secret.key");
  const existing = await readFile(path, "utf8").catch((error: unknown) => {
    if (errorCode(error) === "ENOENT") return undefined;
    throw error;
  });
  if (existing !== undefined) return keyFromBase64(existing, path);

  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  // Written aside and linked into place: link() fails if the key exists, so when two processes
  // start at once exactly one key wins, and no one reads a half-written file.
  const draft = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(draft, `${randomBytes(keyBytes).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
    await link(draft, path);
  } catch (error) {
    if (errorCode(error) !== "EEXIST") throw error;
  } finally {
    await rm(draft, { force: true });
  }
  return keyFromBase64(await readFile(path, "utf8"), path);
}

function errorCode(error: unknown): unknown {
  return error instanceof Error && "code" in error ? error.code : undefined;
}

function keyFromBase64(text: string, source: string): SecretKey {
  const bytes = Buffer.from(text.trim(), "base64");
  if (bytes.length !== keyBytes) {
    throw new SecretBoxError(
      `${source} must be ${keyBytes} bytes in base64 (e.g. \`openssl rand -base64 32\`)`,
    );
  }
  return createSecretKey(bytes);
}

export function sealSecrets(key: SecretKey, secrets: Readonly<Record<string, unknown>>): string {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: tagBytes }).setAAD(associatedData);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(secrets), "utf8"), cipher.final()]);
  return [version, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64")))
    .join(":");
}

export function openSecrets(key: SecretKey, sealed: string): unknown {
  const parts = sealed.split(":");
  if (parts[0] !== version) throw new SecretBoxError("sealed secrets: unknown format version");
  const [iv, tag, ciphertext] = parts.slice(1).map((part) => Buffer.from(part, "base64"));
  if (parts.length !== 4 || iv?.length !== ivBytes || tag?.length !== tagBytes || !ciphertext) {
    throw new SecretBoxError("sealed secrets: malformed value");
  }
  const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: tagBytes }).setAAD(
    associatedData,
  );
  decipher.setAuthTag(tag);
  let plaintext: string;
  try {
    plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    // Node's message here is generic, but ours states both causes and is stable for callers.
    throw new SecretBoxError("sealed secrets could not be opened: wrong key, or the value was altered");
  }
  return JSON.parse(plaintext);
}
