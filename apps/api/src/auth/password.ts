import argon2 from "argon2";

// argon2id with the library's defaults (m=64 MiB, t=3, p=4) follows OWASP's recommendation.
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    // A malformed stored hash is a failed login, never a crash.
    return false;
  }
}

/**
 * A real hash of nothing, verified when the email is unknown so that the answer takes as long
 * as for a known user and does not tell which emails exist.
 */
let decoyHash: Promise<string> | undefined;
export function decoyVerify(password: string): Promise<boolean> {
  decoyHash ??= hashPassword("decoy password that matches nothing");
  return decoyHash.then((hash) => verifyPassword(hash, password));
}
