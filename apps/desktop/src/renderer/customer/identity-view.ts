import { formatPhoneInternational, looksLikePhone, type Channel, type IdentityKind } from "@emma/core";
import { CHANNEL_OF_IDENTITY } from "../ui/identity-channel.ts";

interface IdentityFacts {
  kind: IdentityKind;
  /** Normalized: lower-case address, E.164 number, provider id, forum "site:user id". */
  value: string;
  /** What the provider or the mail client called the person: name, @handle, username. */
  display: string | null;
}

/** One identity as the 360 shows it. */
export interface IdentityView {
  channel: Channel;
  /**
   * How people reach them, formatted to read; null where the stored value is an opaque id (a
   * Facebook page-scoped id, an X user id without a known handle): the console then names the kind.
   */
  value: string | null;
  /** The name beside it, when it says more than the value. */
  name: string | null;
  /** The forum's host, for a forum identity. */
  site: string | null;
  /** What the copy button puts on the clipboard: what an agent pastes elsewhere to find them. */
  copy: string;
}

function otherThan(name: string | null, value: string): string | null {
  const trimmed = name?.trim() ?? "";
  return trimmed === "" || trimmed.toLowerCase() === value.toLowerCase() ? null : trimmed;
}

export function identityView(identity: IdentityFacts): IdentityView {
  const channel = CHANNEL_OF_IDENTITY[identity.kind];
  switch (identity.kind) {
    case "email":
      return {
        channel,
        value: identity.value,
        name: otherThan(identity.display, identity.value),
        site: null,
        copy: identity.value,
      };
    case "phone": {
      const formatted = formatPhoneInternational(identity.value);
      // Normalizing keeps the number as first written there; a number is no name.
      const display = identity.display !== null && looksLikePhone(identity.display) ? null : identity.display;
      return {
        channel,
        value: formatted,
        name: otherThan(display, formatted),
        site: null,
        copy: identity.value,
      };
    }
    case "twitter": {
      const handle = identity.display?.trim().replace(/^@*/, "") ?? "";
      return handle === ""
        ? { channel, value: null, name: null, site: null, copy: identity.value }
        : { channel, value: `@${handle}`, name: null, site: null, copy: `@${handle}` };
    }
    case "forum": {
      const separator = identity.value.indexOf(":");
      const site = separator > 0 ? identity.value.slice(0, separator) : null;
      const userId = separator > 0 ? identity.value.slice(separator + 1) : identity.value;
      const username = identity.display?.trim() || userId;
      return { channel, value: username, name: null, site, copy: username };
    }
    case "facebook":
      return {
        channel,
        value: null,
        name: identity.display?.trim() || null,
        site: null,
        copy: identity.value,
      };
    default: {
      const unreachable: never = identity.kind;
      return unreachable;
    }
  }
}
