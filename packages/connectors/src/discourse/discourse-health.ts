import { z } from "zod";
import type { HealthCheck, ProviderContext } from "../connector.ts";
import { callDiscourse } from "./discourse-client.ts";
import { discourseApiBase, type DiscourseConfig, type DiscourseSecrets } from "./discourse-config.ts";
import { discourseErrorText, keyRefused } from "./discourse-errors.ts";

const sessionSchema = z.object({
  current_user: z.looseObject({
    id: z.number().int(),
    username: z.string().max(60),
    admin: z.boolean().optional(),
    moderator: z.boolean().optional(),
  }),
});
const adminUserSchema = z.looseObject({ email: z.string().max(320).nullish() });

/**
 * "Test connection": whose key this is (GET /session/current.json as the staff account), that it
 * is staff (only staff may post in every topic and read deleted posts), and with verifiedEmails
 * whether it reads users' e-mail addresses (GET /admin/users/<id>.json, admin keys only).
 */
export async function checkDiscourseHealth(
  context: ProviderContext<DiscourseConfig, DiscourseSecrets>,
): Promise<HealthCheck> {
  const { config } = context;
  try {
    const session = await callDiscourse(context, { method: "GET", path: "/session/current.json" });
    if (!session.ok) {
      return {
        ok: false,
        ...(keyRefused(session.status, session.body) ? { reconnect: true } : {}),
        error: `Discourse did not accept the key for ${config.apiUsername}: ${discourseErrorText(session.status, session.body)}`,
      };
    }
    const me = sessionSchema.safeParse(session.body);
    if (!me.success)
      return { ok: false, error: "Discourse answered /session/current.json with something unreadable" };
    const user = me.data.current_user;
    const role = user.admin ? "admin" : user.moderator ? "moderator" : "user";
    const facts: Record<string, string> = {
      forum: config.siteUrl,
      api: discourseApiBase(config),
      username: user.username,
      role,
      agentUsernames: String(Object.keys(config.agentUsernames).length),
    };
    const warnings: string[] = [];
    if (role === "user") {
      warnings.push(
        `${user.username} is no moderator or admin: replies are refused in closed topics and private messages stay unseen`,
      );
    }
    if (config.verifiedEmails) {
      const admin = await callDiscourse(context, {
        method: "GET",
        path: `/admin/users/${String(user.id)}.json`,
      });
      const email = admin.ok ? adminUserSchema.safeParse(admin.body) : undefined;
      const readable = email?.success === true && typeof email.data.email === "string";
      facts.emails = readable ? "readable" : "not readable";
      if (!readable) {
        warnings.push(
          `The key cannot read users' e-mail addresses (${discourseErrorText(admin.status, admin.body)}): use an admin key, or turn verified e-mails off`,
        );
      }
    }
    return {
      ok: true,
      detail: `Connected to ${config.siteUrl} as ${user.username}`,
      facts,
      ...(warnings.length > 0 ? { warnings } : {}),
    };
  } catch (error) {
    return {
      ok: false,
      error: `Discourse could not be reached: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
