import type { Role } from "@emma/core";
import type { AppServices } from "../services.ts";

/** Who is calling: resolved from the bearer token once per request. */
export interface Caller {
  userId: string;
  sessionId: string;
  /** When the session ends whatever the activity (its absolute end): open streams end with it. */
  sessionEndsAt: Date;
  role: Role;
  displayName: string;
  email: string;
  locale: "de" | "en";
  /** Signed in with an initial password: nothing but setting their own is taken until they do. */
  mustChangePassword: boolean;
}

export interface Context {
  services: AppServices;
  caller: Caller | null;
  ip: string | null;
  userAgent: string | null;
}

interface RequestFacts {
  authorization: string | undefined;
  /** tRPC's SSE link cannot send headers; it sends connection params in the URL instead. */
  connectionToken: string | undefined;
  ip: string | null;
  userAgent: string | null;
}

export async function createContext(services: AppServices, facts: RequestFacts): Promise<Context> {
  const token = bearerToken(facts.authorization) ?? facts.connectionToken;
  const caller = token ? await services.sessions.authenticate(token) : null;
  return { services, caller, ip: facts.ip, userAgent: facts.userAgent };
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

/** Who acts, from where, when: what every command takes besides its input. */
export function acting(ctx: { caller: Caller; ip: string | null; services: AppServices }) {
  return { caller: ctx.caller, ip: ctx.ip, now: ctx.services.now() };
}
