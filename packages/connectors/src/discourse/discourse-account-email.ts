import type { IdentityKind } from "@emma/core";
import { z } from "zod";
import type { ProviderContext } from "../connector.ts";
import { callDiscourse } from "./discourse-client.ts";
import type { DiscourseConfig, DiscourseSecrets } from "./discourse-config.ts";
import { discourseErrorText } from "./discourse-errors.ts";
import { forumUserIdOf } from "./discourse-identity.ts";

const adminUserSchema = z.looseObject({
  email: z.string().max(320).nullish(),
  active: z.boolean().optional(),
  staged: z.boolean().optional(),
});

/**
 * A forum user's e-mail address as Discourse holds it (GET /admin/users/<id>.json, admin keys
 * only). Verified when the account is active (its owner confirmed the address) and not staged
 * (made from an incoming mail nobody confirmed). null when the connector may not or cannot say.
 */
export async function discourseAccountEmail(
  identity: { kind: IdentityKind; value: string },
  context: ProviderContext<DiscourseConfig, DiscourseSecrets>,
): Promise<{ address: string; verified: boolean } | null> {
  if (!context.config.verifiedEmails || identity.kind !== "forum") return null;
  const userId = forumUserIdOf(identity.value);
  // Discourse's own accounts (system, bots) have ids below 1 and no address worth linking.
  if (userId === undefined || userId < 1) return null;
  const response = await callDiscourse(context, {
    method: "GET",
    path: `/admin/users/${String(userId)}.json`,
  });
  if (response.status === 404 || response.status === 403) return null;
  if (!response.ok) {
    throw new Error(
      `Discourse refused user ${String(userId)}: ${discourseErrorText(response.status, response.body)}`,
    );
  }
  const user = adminUserSchema.safeParse(response.body);
  const address = user.success ? user.data.email?.trim() : undefined;
  if (!user.success || !address) return null;
  return { address, verified: user.data.active === true && user.data.staged !== true };
}
