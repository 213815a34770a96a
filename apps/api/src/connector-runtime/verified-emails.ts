import { identityKindSchema } from "@emma/core";
import { CONNECTORS } from "@emma/connectors";
import { sql, type Kysely } from "kysely";
import type { SecretKey } from "../crypto/secret-box.ts";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import { linkForumEmail } from "./link-forum-email.ts";
import { loadConnector } from "./load-connector.ts";

/** Accounts asked about per round; a forum's admin API is rate-limited like the rest. */
const PER_ROUND = 20;
/** A lookup that failed (the forum down, a key without admin rights) is tried again after this long. */
const RETRY_AFTER = "6 hours";

export interface ClaimedForumAccount {
  id: string;
  value: string;
  connectorId: string;
}

/** Who can be asked for a forum account's e-mail address: the connectors that say, and how. */
export interface EmailLookup {
  kinds: string[];
  emailOf(account: ClaimedForumAccount): Promise<{ address: string; verified: boolean } | null>;
}

/** The registered connectors that implement `accountEmailOf`, asked with their stored settings. */
export function connectorEmailLookup(db: Kysely<Database>, secretKey: SecretKey): EmailLookup {
  return {
    kinds: Object.values(CONNECTORS)
      .filter((connector) => connector.accountEmailOf !== undefined)
      .map((connector) => connector.kind),
    async emailOf(account) {
      const loaded = await loadConnector(db, secretKey, account.connectorId);
      const answer = await loaded.connector.accountEmailOf?.(
        { kind: identityKindSchema.parse("forum"), value: account.value },
        loaded.context,
      );
      return answer ?? null;
    },
  };
}

/**
 * Forum accounts' e-mail addresses, asked after ingest and never during it (a slow admin API must
 * not hold up a webhook), like profile names. Claimed with one UPDATE, so API instances never ask
 * twice; an account the forum answered for is not asked again (`email_lookup`). What an answer
 * does (merge, add, suggest) is `linkForumEmail`'s.
 */
export async function lookUpForumEmails(
  db: Kysely<Database>,
  log: Logger,
  lookup: EmailLookup,
  now = new Date(),
): Promise<number> {
  if (lookup.kinds.length === 0) return 0;
  const { rows: claimed } = await sql<{ id: string; value: string; connector_id: string }>`
    update identities set email_looked_up_at = now()
    where id in (
      select i.id from identities i
      where i.connector_id in (select id from connectors where enabled and kind = any(${lookup.kinds}::text[]))
        and i.kind = 'forum' and i.email_lookup is null
        and (i.email_looked_up_at is null or i.email_looked_up_at < now() - ${RETRY_AFTER}::interval)
      order by i.created_at
      limit ${PER_ROUND}
      for update of i skip locked
    )
    returning id, value, connector_id
  `.execute(db);
  let answered = 0;
  for (const identity of claimed) {
    try {
      const answer = await lookup.emailOf({
        id: identity.id,
        value: identity.value,
        connectorId: identity.connector_id,
      });
      await linkForumEmail(db, { identityId: identity.id, answer, now });
      answered += 1;
    } catch (error) {
      log.warn("forum e-mails: lookup failed; tried again later", {
        identityId: identity.id,
        connectorId: identity.connector_id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return answered;
}
