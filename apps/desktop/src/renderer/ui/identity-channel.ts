import type { Channel, IdentityKind } from "@emma/core";

/** The channel each identity kind reaches the customer on; a new kind needs its entry here. */
export const CHANNEL_OF_IDENTITY: Record<IdentityKind, Channel> = {
  email: "email",
  phone: "phone",
  facebook: "facebook",
  twitter: "twitter",
  forum: "forum",
};
