import { z } from "zod";
import { idSchema } from "./common.ts";

export const loginInputSchema = z.object({
  email: z.string().trim().min(3).max(320).describe("The user's login email"),
  password: z.string().min(1).max(1024).describe("The user's password"),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

export const revokeSessionInputSchema = z.object({
  sessionId: idSchema.describe("The session to end"),
});
export type RevokeSessionInput = z.infer<typeof revokeSessionInputSchema>;

export const changePasswordInputSchema = z
  .object({
    currentPassword: z.string().min(1).max(1024).describe("The password in use now"),
    newPassword: z.string().min(10).max(1024).describe("The new password, at least 10 characters"),
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    message: "The new password must differ from the current one",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;
