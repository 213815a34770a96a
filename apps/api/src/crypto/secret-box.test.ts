import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadSecretKey, openSecrets, sealSecrets, SecretBoxError } from "./secret-box.ts";

const secrets = { imapPassword: "hunter2-correct-horse", appSecret: "fb-app-secret-123" };

describe("secret box", () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "emma-secrets-"));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it("round-trips, with a fresh IV each time and no plaintext in the sealed form", async () => {
    const key = await loadSecretKey({}, dataDir);
    const sealed = sealSecrets(key, secrets);
    expect(sealed).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(sealed).not.toContain("hunter2");
    expect(sealSecrets(key, secrets)).not.toBe(sealed);
    expect(openSecrets(key, sealed)).toEqual(secrets);
  });

  it("creates the key file once, owner-only, and reuses it", async () => {
    const key = await loadSecretKey({}, join(dataDir, "nested"));
    const path = join(dataDir, "nested", "secret.key");
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const again = await loadSecretKey({}, join(dataDir, "nested"));
    expect(again.equals(key)).toBe(true);
    expect(Buffer.from((await readFile(path, "utf8")).trim(), "base64")).toHaveLength(32);
  });

  it("agrees on one key when two processes start at once", async () => {
    const [a, b] = await Promise.all([loadSecretKey({}, dataDir), loadSecretKey({}, dataDir)]);
    expect(a.equals(b)).toBe(true);
  });

  it("prefers EMMA_SECRET_KEY and writes no file", async () => {
    const raw = randomBytes(32);
    const key = await loadSecretKey({ EMMA_SECRET_KEY: raw.toString("base64") }, dataDir);
    expect(key.export().equals(raw)).toBe(true);
    await expect(stat(join(dataDir, "secret.key"))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("rejects a key of the wrong size without echoing it", async () => {
    const short = randomBytes(16).toString("base64");
    const failure = await loadSecretKey({ EMMA_SECRET_KEY: short }, dataDir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SecretBoxError);
    expect(String(failure)).toMatch(/EMMA_SECRET_KEY must be 32 bytes/);
    expect(String(failure)).not.toContain(short);

    await writeFile(join(dataDir, "secret.key"), "too short");
    await expect(loadSecretKey({}, dataDir)).rejects.toThrow(/secret\.key must be 32 bytes/);
  });

  it("refuses the wrong key and any tampering, with an error free of secret material", async () => {
    const key = await loadSecretKey({}, dataDir);
    const otherKey = await loadSecretKey({ EMMA_SECRET_KEY: randomBytes(32).toString("base64") }, dataDir);
    const sealed = sealSecrets(key, secrets);
    const [v, iv = "", tag = "", ciphertext = ""] = sealed.split(":");
    const flipped = Buffer.from(ciphertext, "base64");
    flipped[0] = (flipped[0] ?? 0) ^ 1;

    const attempts: [string, () => unknown][] = [
      ["wrong key", () => openSecrets(otherKey, sealed)],
      ["altered ciphertext", () => openSecrets(key, [v, iv, tag, flipped.toString("base64")].join(":"))],
      [
        "swapped tag",
        () => openSecrets(key, [v, iv, sealSecrets(key, secrets).split(":")[2], ciphertext].join(":")),
      ],
      ["truncated", () => openSecrets(key, [v, iv, tag].join(":"))],
      ["unknown version", () => openSecrets(key, sealed.replace(/^v1/, "v9"))],
      ["not sealed at all", () => openSecrets(key, JSON.stringify(secrets))],
    ];
    for (const [label, attempt] of attempts) {
      let failure: unknown;
      try {
        attempt();
      } catch (error) {
        failure = error;
      }
      expect(failure, label).toBeInstanceOf(SecretBoxError);
      const text = `${String(failure)} ${JSON.stringify(failure)}`;
      for (const secret of Object.values(secrets)) expect(text, label).not.toContain(secret);
      expect(text, label).not.toContain(ciphertext);
    }
  });
});
