import { z } from "zod";
import { roleSchema } from "../auth/roles.ts";
import { idSchema } from "./common.ts";

export const LOCALES = ["de", "en"] as const;
export const localeSchema = z.enum(LOCALES).describe("The language the console speaks to this user");
export type Locale = z.infer<typeof localeSchema>;

const emailSchema = z.email("Enter a valid email address").max(320).describe("Login email; unique");
const passwordSchema = z.string().min(10, "At least 10 characters").max(1024).describe("Initial password");

export const userCreateInputSchema = z.object({
  email: emailSchema,
  displayName: z.string().trim().min(1).max(200).describe("Name shown to colleagues"),
  role: roleSchema,
  password: passwordSchema,
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

export const userSetPasswordInputSchema = z.object({ userId: idSchema, password: passwordSchema });
export type UserSetPasswordInput = z.infer<typeof userSetPasswordInputSchema>;

export const setMyLocaleInputSchema = z.object({ locale: localeSchema });
export type SetMyLocaleInput = z.infer<typeof setMyLocaleInputSchema>;

export const userLiftLoginDelayInputSchema = z.object({
  userId: idSchema.describe("The user whose sign-in delay ends now: earlier failures stop counting"),
});
export type UserLiftLoginDelayInput = z.infer<typeof userLiftLoginDelayInputSchema>;
