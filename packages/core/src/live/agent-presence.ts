export const AGENT_PRESENCES = ["online", "away", "offline"] as const;
export type AgentPresence = (typeof AGENT_PRESENCES)[number];

/**
 * A console in use makes requests every few seconds (queue refreshes, presence heartbeats), and
 * the API notes a session's activity at most once a minute: five quiet minutes mean nobody is at it.
 */
export const ONLINE_WITHIN_MS = 5 * 60_000;

/**
 * Whether an agent is at the desk, from their sessions' last activity: online when active within
 * five minutes, away while signed in but quiet, offline without a live session (null).
 */
export function agentPresence(lastSeenAt: Date | null, now: Date): AgentPresence {
  if (lastSeenAt === null) return "offline";
  return now.getTime() - lastSeenAt.getTime() <= ONLINE_WITHIN_MS ? "online" : "away";
}
