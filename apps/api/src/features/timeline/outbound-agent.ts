import type { KindWithMetadata } from "@emma/core";

/**
 * The agent behind an outbound item that no Emma user wrote (a call placed at the desk phone), as the
 * provider named them: the CTI connector's `agent` (who dialled, as the PBX names them), else the
 * call's answeredBy (our agent on the line); undefined when it did not say.
 */
export function outboundAgentOf(item: KindWithMetadata): string | undefined {
  switch (item.kind) {
    case "call":
    case "voicemail":
      return named(item.metadata.agent) ?? named(item.metadata.call?.answeredBy);
    case "message":
    case "forum_post":
      return named(item.metadata.agent);
    case "note":
    case "status_change":
    case "assignment":
    case "merge":
    case "unmerge":
    case "caller_attached":
      return undefined;
    default: {
      const unreachable: never = item;
      return unreachable;
    }
  }
}

function named(name: string | undefined): string | undefined {
  const trimmed = name?.trim();
  return trimmed ? trimmed : undefined;
}
