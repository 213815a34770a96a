import { createInterface } from "node:readline/promises";
import { userCreateInputSchema } from "@emma/core";
import { z } from "zod";
import { createUser } from "../features/users/manage-users.ts";
import type { RuntimeConfig } from "../runtime-config.ts";
import { openConfiguredDatabase } from "../start-api.ts";

/** Creates a user from the command line; how the first admin of a new installation comes to be. */
export async function runUserCreate(
  config: RuntimeConfig,
  values: Record<string, string | undefined>,
): Promise<void> {
  const password = process.env.EMMA_PASSWORD ?? (await askPassword());
  const parsed = userCreateInputSchema.safeParse({
    email: values.email,
    displayName: values.name,
    role: values.role,
    locale: values.locale ?? "de",
    signIn: { kind: "password", password },
  });
  if (!parsed.success) throw new Error(`invalid user:\n${z.prettifyError(parsed.error)}`);
  const database = await openConfiguredDatabase(config);
  try {
    // The first admin typed their own password: nothing to replace at the first sign-in.
    const { user } = await createUser(
      database.db,
      { ...parsed.data, signIn: { kind: "own", password } },
      { actorUserId: null, ip: null, now: new Date() },
    );
    console.log(`Created ${user.role} ${user.email} (${user.id}).`);
  } finally {
    await database.close();
  }
}

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new Error("set EMMA_PASSWORD or run in a terminal to type the password");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question("Password (at least 10 characters): ");
  } finally {
    rl.close();
  }
}
