import { join } from "node:path";
import { sharedFixture } from "@emma/connectors/simulators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../db/connect.ts";
import { TEST_TOMBSTONE_KEY, memoryLogger } from "../test/test-app.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { importMail } from "./import-mail.ts";
import { mailSources } from "./mail-sources.ts";

// RFC 2822's own reply chain (appendix A.2), from the public mail-gem test corpus.
const RFC2822 = sharedFixture("email/mail-gem/rfc2822") ?? "";

describe.runIf(RFC2822 !== "")("the RFC 2822 reply chain example05 → 06 → 07", () => {
  let database: EmmaDatabase;
  let connectorId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    const row = await database.db
      .insertInto("connectors")
      .values({
        kind: "email",
        name: "jdoe",
        config: JSON.stringify({
          imap: { host: "machine.example", user: "jdoe" },
          smtp: { host: "machine.example" },
          address: "jdoe@machine.example",
          displayName: "John Doe",
          messageIdDomain: "machine.example",
        }),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    connectorId = row.id;
  });
  afterAll(() => database.close());

  it("ends in one conversation, in the order it was written", async () => {
    // Delivered newest first, as an IMAP server may hand them out: threading must not depend on order.
    for (const name of ["example07.eml", "example06.eml", "example05.eml"]) {
      const summary = await importMail(database.db, memoryLogger(), {
        connectorId,
        sources: mailSources(join(RFC2822, name)),
        now: () => new Date(),
        tombstoneKey: TEST_TOMBSTONE_KEY,
      });
      expect(summary.failed).toEqual([]);
    }
    const items = await database.db
      .selectFrom("timeline_events")
      .select(["conversation_id", "external_id", "direction"])
      .where("connector_id", "=", connectorId)
      .orderBy("occurred_at")
      .execute();
    expect(items.map((i) => i.external_id)).toEqual([
      "1234@local.machine.example",
      "3456@example.net",
      "abcd.1234@local.machine.tld",
    ]);
    expect(new Set(items.map((i) => i.conversation_id)).size).toBe(1);
  });
});
