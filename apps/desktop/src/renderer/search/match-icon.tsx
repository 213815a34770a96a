import type { SearchCustomerHit } from "@emma/core";
import { ChannelIcon } from "../ui/channel-icon.tsx";
import { CHANNEL_OF_IDENTITY } from "../ui/identity-channel.ts";

/** What a customer hit matched on, as an icon: the identity's channel, a person or a card. */
export function MatchIcon({ hit }: { hit: SearchCustomerHit }) {
  if (hit.matchedOn === "identity" && hit.identityKind !== null)
    return <ChannelIcon channel={CHANNEL_OF_IDENTITY[hit.identityKind]} />;
  return (
    <svg
      width={14}
      height={14}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      className="channel-icon"
    >
      {hit.matchedOn === "product" ? (
        <g fill="none" stroke="currentColor" strokeWidth="1.5">
          <rect x="1.5" y="3.5" width="13" height="9" rx="1.5" />
          <path d="M1.5 6.5h13M4 10h3" />
        </g>
      ) : (
        <g fill="none" stroke="currentColor" strokeWidth="1.5">
          <circle cx="8" cy="5" r="2.75" />
          <path d="M2.5 14.5c.6-3 2.8-4.5 5.5-4.5s4.9 1.5 5.5 4.5" />
        </g>
      )}
    </svg>
  );
}
