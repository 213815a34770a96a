import { describe, expect, it } from "vitest";
import { agentPresence } from "./agent-presence.ts";

const now = new Date("2026-03-10T09:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("agentPresence", () => {
  it("is online within five minutes of the last request, away after, offline when signed out", () => {
    expect(agentPresence(ago(1), now)).toBe("online");
    expect(agentPresence(ago(5), now)).toBe("online");
    expect(agentPresence(ago(6), now)).toBe("away");
    expect(agentPresence(null, now)).toBe("offline");
  });
});
