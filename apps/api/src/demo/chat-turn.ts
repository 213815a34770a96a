import { chatClosing, chatThanks } from "./phrases.ts";
import { fill, type TemplateVars } from "./template.ts";
import type { ThreadContext } from "./thread.ts";

/**
 * The words of turn `i` of a short social chat (Messenger, X): the customer asks, we answer, the
 * customer thanks, we close, signed with `vars.agent` (the agent's initials).
 */
export function chatTurn(ctx: ThreadContext, vars: TemplateVars, i: number): string {
  const { random } = ctx;
  if (i % 2 === 1) {
    return i === 1
      ? fill(random.pick(ctx.text.shortReplies), vars)
      : chatClosing(random, ctx.locale, vars.agent);
  }
  return i === 0 ? fill(random.pick(ctx.text.shorts), vars) : chatThanks(random, ctx.locale);
}
