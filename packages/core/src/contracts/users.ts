import { z } from "zod";
import { roleSchema } from "../auth/roles.ts";
import { idSchema } from "./common.ts";

export const LOCALES = ["de", "en"] as const;
export const localeSchema = z.enum(LOCALES).describe("The language the console speaks to this user");
export type Locale = z.infer<typeof localeSchema>;

const emailSchema = z.email("Enter a valid email address").max(320).describe("Login email; unique");
const passwordSchema = z.string().min(10, "At least 10 characters").max(1024).describe("Initial password");

/**
 * How a new or reset account gets its password: an initial password the admin hands over, which
 * the user must replace at their first sign-in, or a one-time link with which they set their own.
 */
export const signInSetupSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("password"), password: passwordSchema }),
    z.object({ kind: z.literal("link") }),
  ])
  .describe("password: an initial password to change at first sign-in; link: a one-time set-password link");
export type SignInSetup = z.infer<typeof signInSetupSchema>;

export const userCreateInputSchema = z.object({
  email: emailSchema,
  displayName: z.string().trim().min(1).max(200).describe("Name shown to colleagues"),
  role: roleSchema,
  signIn: signInSetupSchema,
  locale: localeSchema.default("de"),
  teamIds: z.array(idSchema).max(50).default([]).describe("Teams the user belongs to"),
});
export type UserCreateInput = z.infer<typeof userCreateInputSchema>;

export const userUpdateInputSchema = z.object({
  userId: idSchema,
  displayName: z.string().trim().min(1).max(200).optional().describe("New display name"),
  role: roleSchema.optional(),
  locale: localeSchema.optional(),
  active: z.boolean().optional().describe("false signs the user out everywhere and blocks login"),
  teamIds: z.array(idSchema).max(50).optional().describe("Replaces the user's teams"),
});
export type UserUpdateInput = z.infer<typeof userUpdateInputSchema>;

export const userResetPasswordInputSchema = z.object({
  userId: idSchema.describe("The user whose password is replaced; their sessions end at once"),
  signIn: signInSetupSchema,
});
export type UserResetPasswordInput = z.infer<typeof userResetPasswordInputSchema>;

export const setPasswordWithLinkInputSchema = z.object({
  token: z.string().min(20).max(200).describe("The secret of a one-time set-password link"),
  password: passwordSchema.describe("The password the user chose"),
});
export type SetPasswordWithLinkInput = z.infer<typeof setPasswordWithLinkInputSchema>;

export const setMyLocaleInputSchema = z.object({ locale: localeSchema });
export type SetMyLocaleInput = z.infer<typeof setMyLocaleInputSchema>;

export const userLiftLoginDelayInputSchema = z.object({
  userId: idSchema.describe("The user whose sign-in delay ends now: earlier failures stop counting"),
});
export type UserLiftLoginDelayInput = z.infer<typeof userLiftLoginDelayInputSchema>;
