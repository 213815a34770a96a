import type { UserRefusal } from "@emma/core";
import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";

/** An account rule said no; trpc.ts sends its code along as data.userRefusal. */
export class UserRefusalError extends Error {
  override readonly name = "UserRefusalError";
  constructor(
    readonly refusal: UserRefusal,
    message: string,
  ) {
    super(message);
  }
}

const MESSAGES: Record<UserRefusal, string> = {
  email_taken: "A user with this email exists already",
  last_admin: "There must always be one active admin: this change would leave none",
  own_admin_rights: "You cannot deactivate yourself or give up your own admin role",
  link_invalid: "This set-password link is unknown, used or expired",
};

export function refuseUserChange(code: TRPC_ERROR_CODE_KEY, refusal: UserRefusal): TRPCError {
  const message = MESSAGES[refusal];
  return new TRPCError({ code, message, cause: new UserRefusalError(refusal, message) });
}
