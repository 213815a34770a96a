import type { RawIdentity } from "@emma/core";
import type { XUser } from "./x-objects.ts";

/** X links by user id (a rename changes nothing); the handle is only what agents see. */
export function twitterIdentity(userId: string, user: XUser | undefined): RawIdentity {
  return {
    kind: "twitter",
    value: userId,
    ...(user?.username ? { display: `@${user.username}` } : {}),
  };
}
