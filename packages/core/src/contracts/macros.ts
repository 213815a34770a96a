import { z } from "zod";
import { tagListSchema } from "../conversation/tags.ts";
import { idSchema } from "./common.ts";
import { CANNED_SCOPES } from "./canned-responses.ts";

/** The statuses a macro may leave a conversation in; snoozing needs a date, which a macro cannot know. */
export const MACRO_STATUSES = ["open", "pending", "resolved"] as const;
export const macroStatusSchema = z.enum(MACRO_STATUSES).describe("The status after the macro");
export type MacroStatus = z.infer<typeof macroStatusSchema>;

/** Whom a macro assigns the conversation to. */
export const MACRO_ASSIGNEES = ["keep", "me", "nobody", "user"] as const;
export type MacroAssigneeKind = (typeof MACRO_ASSIGNEES)[number];

export const macroAssigneeSchema = z
  .discriminatedUnion("to", [
    z.object({ to: z.literal("keep").describe("Leave the assignee as it is") }),
    z.object({ to: z.literal("me").describe("Whoever applies the macro") }),
    z.object({ to: z.literal("nobody").describe("Unassign: back to the team's unassigned queue") }),
    z.object({
      to: z.literal("user").describe("One named colleague (agents may not apply this one)"),
      userId: idSchema.describe("The colleague"),
    }),
  ])
  .describe("Whom the conversation is assigned to afterwards");
export type MacroAssignee = z.infer<typeof macroAssigneeSchema>;

const titleSchema = z.string().trim().min(1, "A title is needed").max(120).describe("Name in the macro list");
const replySchema = z
  .string()
  .trim()
  .max(10_000)
  .nullable()
  .transform((text) => (text === "" ? null : text))
  .describe(
    "The reply sent as it is; may use {{customer.firstName}}, {{customer.name}} and {{agent.name}}; null for actions only",
  );
const keySchema = z
  .string()
  .regex(/^[1-9]$/, "The key is one digit from 1 to 9")
  .nullable()
  .describe("Typed in the macro list (m) to pick it at once; null for none");
const teamSchema = idSchema.nullable().describe("The team it belongs to; null for everyone");

/** What a macro does, in the order it does it: reply, tags, assignment, status. */
export const macroActionsSchema = z.object({
  reply: replySchema,
  addTags: tagListSchema.describe("Tags added to the conversation"),
  assignee: macroAssigneeSchema,
  assignTeamId: idSchema.nullable().describe("Route the conversation to this team too; null keeps its team"),
  status: macroStatusSchema.nullable().describe("The status afterwards; null keeps it"),
});
export type MacroActions = z.infer<typeof macroActionsSchema>;

/** A macro that would change nothing is a mistake worth saying, not a no-op worth saving. */
export function macroDoesSomething(actions: MacroActions): boolean {
  return (
    actions.reply !== null ||
    actions.addTags.length > 0 ||
    actions.assignee.to !== "keep" ||
    actions.assignTeamId !== null ||
    actions.status !== null
  );
}

const doesSomething = {
  message: "A macro needs a reply or at least one action (status, tag or assignment)",
  path: ["reply"],
};

const macroFieldsSchema = z.object({
  title: titleSchema,
  key: keySchema.default(null),
  teamId: teamSchema.default(null),
  reply: replySchema.default(null),
  addTags: tagListSchema.default([]).describe("Tags added to the conversation"),
  assignee: macroAssigneeSchema.default({ to: "keep" }),
  assignTeamId: idSchema.nullable().default(null).describe("Route to this team too; null keeps its team"),
  status: macroStatusSchema.nullable().default(null).describe("The status afterwards; null keeps it"),
});

export const macroCreateInputSchema = macroFieldsSchema.refine(macroDoesSomething, doesSomething);
export type MacroCreateInput = z.infer<typeof macroCreateInputSchema>;

/** A macro is saved whole: the form always has every field, and partial action sets invite mistakes. */
export const macroUpdateInputSchema = macroFieldsSchema
  .extend({ id: idSchema.describe("The macro to change") })
  .refine(macroDoesSomething, doesSomething);
export type MacroUpdateInput = z.infer<typeof macroUpdateInputSchema>;

export const macroDeleteInputSchema = z.object({ id: idSchema.describe("The macro to delete") });
export type MacroDeleteInput = z.infer<typeof macroDeleteInputSchema>;

export const macroListInputSchema = z
  .object({
    scope: z
      .enum(CANNED_SCOPES)
      .default("usable")
      .describe("usable: global ones and the caller's teams' (the m list); all: every one (managers)"),
  })
  .default({ scope: "usable" });
export type MacroListInput = z.infer<typeof macroListInputSchema>;

export const macroApplyInputSchema = z.object({
  macroId: idSchema.describe("The macro to apply"),
  conversationId: idSchema.describe("The conversation it is applied to"),
  idempotencyKey: z
    .string()
    .min(8)
    .max(100)
    .describe("Made by the console once per application so a double press or a retry applies it once"),
});
export type MacroApplyInput = z.infer<typeof macroApplyInputSchema>;
