import { randomBytes } from "node:crypto";
import { SET_PASSWORD_LINK_TTL_MS, type SignInSetup } from "@emma/core";
import { hashPassword } from "../../auth/password.ts";
import { hashSessionToken, newSessionToken } from "../../auth/session-token.ts";

/** The columns of `users` that decide how the account is signed into next. */
export interface SignInColumns {
  password_hash: string;
  must_change_password: boolean;
  set_password_token_hash: string | null;
  set_password_token_expires_at: Date | null;
}

/** Besides the admin's two choices, the user's own password: the command line's first admin types it. */
export type AccountSignIn = SignInSetup | { kind: "own"; password: string };

export interface PreparedSignIn {
  columns: SignInColumns;
  /** The one-time link's secret, shown to the admin once to hand over; only its hash is stored. */
  link: { token: string; expiresAt: string } | null;
}

/**
 * An initial password the user must replace at first sign-in, or a one-time link. With a link the
 * account's password is an unknown random one, so no old password works meanwhile.
 */
export async function prepareSignIn(setup: AccountSignIn, now: Date): Promise<PreparedSignIn> {
  switch (setup.kind) {
    case "own":
    case "password":
      return {
        columns: {
          password_hash: await hashPassword(setup.password),
          must_change_password: setup.kind === "password",
          set_password_token_hash: null,
          set_password_token_expires_at: null,
        },
        link: null,
      };
    case "link": {
      const token = newSessionToken();
      const expiresAt = new Date(now.getTime() + SET_PASSWORD_LINK_TTL_MS);
      return {
        columns: {
          password_hash: await hashPassword(randomBytes(32).toString("base64url")),
          must_change_password: false,
          set_password_token_hash: hashSessionToken(token),
          set_password_token_expires_at: expiresAt,
        },
        link: { token, expiresAt: expiresAt.toISOString() },
      };
    }
    default: {
      const unreachable: never = setup;
      return unreachable;
    }
  }
}
