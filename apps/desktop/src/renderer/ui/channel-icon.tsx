import type { Channel } from "@emma/core";

interface ChannelIconProps {
  channel: Channel;
  size?: number;
}

/** Simple line icons drawn here: no icon font or remote asset, which the CSP would refuse anyway. */
export function ChannelIcon({ channel, size = 14 }: ChannelIconProps) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      className="channel-icon"
    >
      <ChannelPath channel={channel} />
    </svg>
  );
}

function ChannelPath({ channel }: { channel: Channel }) {
  switch (channel) {
    case "email":
      return (
        <g fill="none" stroke="currentColor" strokeWidth="1.5">
          <rect x="1.5" y="3.5" width="13" height="9" rx="1" />
          <path d="M2 4.5l6 4.5 6-4.5" />
        </g>
      );
    case "phone":
      return (
        <path
          fill="currentColor"
          d="M4.2 1.5l2 2.6-1.2 1.6c.8 1.8 2.3 3.3 4.1 4.1l1.6-1.2 2.6 2-.9 2.6c-.2.5-.7.8-1.2.7C6.2 13.4 2.6 9.8 2.1 4.8c0-.5.2-1 .7-1.2z"
        />
      );
    case "facebook":
      return (
        <path
          fill="currentColor"
          d="M9 15V9h2l.4-2.5H9V5c0-.7.3-1.2 1.3-1.2h1.2V1.6C11.2 1.5 10.4 1.4 9.6 1.4 7.7 1.4 6.5 2.6 6.5 4.6v1.9h-2V9h2v6z"
        />
      );
    case "twitter":
      return (
        <path
          fill="currentColor"
          d="M2 2h3.3l3 4.1L11.8 2h1.6L9 7.1 14 14h-3.3L7.5 9.6 3.7 14H2.1l4.7-5.4zm2 1l7.3 10h1L5 3z"
        />
      );
    case "forum":
      return (
        <g fill="none" stroke="currentColor" strokeWidth="1.5">
          <path d="M1.5 2.5h9v6h-5l-2.5 2v-2h-1.5z" />
          <path d="M12.5 5.5h2v6h-1.5v2l-2.5-2h-4v-1" />
        </g>
      );
    case "internal":
      return (
        <g fill="none" stroke="currentColor" strokeWidth="1.5">
          <rect x="3" y="7" width="10" height="7" rx="1" />
          <path d="M5 7V5a3 3 0 016 0v2" />
        </g>
      );
    default: {
      const unreachable: never = channel;
      return unreachable;
    }
  }
}
