import { safeStorage } from "electron";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * The session token. Encrypted on disk with the OS keychain (safeStorage) when one is really
 * there; otherwise it lives in memory only, so nothing readable is left on disk and the agent signs
 * in again after a restart. On Linux without a keyring Electron falls back to "basic_text", which
 * is obfuscation, not encryption: that counts as unavailable.
 */
export class TokenStore {
  readonly #file: string;
  #memory: string | null = null;

  constructor(file: string) {
    this.#file = file;
  }

  get secure(): boolean {
    if (!safeStorage.isEncryptionAvailable()) return false;
    return process.platform !== "linux" || safeStorage.getSelectedStorageBackend() !== "basic_text";
  }

  async get(): Promise<string | null> {
    if (this.#memory !== null || !this.secure) return this.#memory;
    try {
      this.#memory = safeStorage.decryptString(await readFile(this.#file));
    } catch {
      // No file yet, or one the keychain can no longer decrypt: the agent simply signs in again.
      this.#memory = null;
    }
    return this.#memory;
  }

  async set(token: string): Promise<{ persisted: boolean }> {
    this.#memory = token;
    if (!this.secure) return { persisted: false };
    await mkdir(dirname(this.#file), { recursive: true });
    await writeFile(this.#file, safeStorage.encryptString(token), { mode: 0o600 });
    return { persisted: true };
  }

  async clear(): Promise<void> {
    this.#memory = null;
    await rm(this.#file, { force: true });
  }
}
