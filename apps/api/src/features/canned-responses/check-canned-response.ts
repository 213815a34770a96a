import { TRPCError } from "@trpc/server";
import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

interface Candidate {
  /** The response being changed; undefined for a new one. */
  id?: string;
  shortcut: string | null;
  locale: "de" | "en" | null;
  teamId: string | null;
}

/** What the database would refuse, refused first with a message a supervisor understands. */
export async function checkCannedResponse(trx: Transaction<Database>, candidate: Candidate): Promise<void> {
  if (candidate.teamId) {
    const team = await trx
      .selectFrom("teams")
      .select("id")
      .where("id", "=", candidate.teamId)
      .executeTakeFirst();
    if (!team) throw new TRPCError({ code: "BAD_REQUEST", message: "No such team" });
  }
  if (candidate.shortcut === null) return;
  let clash = trx
    .selectFrom("canned_responses")
    .select("title")
    .where("shortcut", "=", candidate.shortcut)
    .where((eb) =>
      candidate.locale === null ? eb("locale", "is", null) : eb("locale", "=", candidate.locale),
    );
  if (candidate.id) clash = clash.where("id", "!=", candidate.id);
  const taken = await clash.executeTakeFirst();
  if (taken) {
    throw new TRPCError({
      code: "CONFLICT",
      message: `The shortcut /${candidate.shortcut} is already used by "${taken.title}"`,
    });
  }
}

/** A unique violation that slipped past the check above (two saves at once). */
export function shortcutRace(error: unknown, shortcut: string | null): never {
  if (typeof error === "object" && error !== null && "code" in error && error.code === "23505") {
    throw new TRPCError({ code: "CONFLICT", message: `The shortcut /${shortcut ?? ""} was just taken` });
  }
  throw error;
}
