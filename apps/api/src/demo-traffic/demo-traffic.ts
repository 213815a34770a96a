import { createTwilioCallDriver } from "@emma/connectors";
import type { Kysely } from "kysely";
import type { SecretKey } from "../crypto/secret-box.ts";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import { DEMO_HOTLINE, ensureDemoTwilioConnector } from "./demo-twilio-connector.ts";

const TRANSCRIPTS = [
  "Guten Tag, ich wollte fragen, ob meine Überweisung von gestern schon angekommen ist.",
  "Hallo, meine Karte wurde im Automaten einbehalten. Bitte rufen Sie mich zurück.",
  "Hi, I am calling about the letter regarding my savings account, please call me back.",
  "Ich möchte meine neue Adresse mitteilen, ich bin letzte Woche umgezogen.",
];

/**
 * Live traffic for the demo: every so often a known demo customer calls the hotline, driven through
 * the real Twilio webhook contract (signatures, lifecycle, recording, transcription), so the console
 * shows screen pops and calls arriving. Off with EMMA_DEMO_TRAFFIC=off (the e2e tests turn it off).
 */
export async function startDemoTraffic(props: {
  db: Kysely<Database>;
  secretKey: SecretKey;
  url: string;
  log: Logger;
  everyMs: number;
  /** Waits inside one call (ringing, talking, processing); real-looking by default. */
  delays?: { ringingMs: number; talkMs: number; processingMs: number };
}): Promise<() => void> {
  const { id, authToken } = await ensureDemoTwilioConnector(props.db, props.secretKey, props.url);
  const stopping = new AbortController();
  const running = () => !stopping.signal.aborted;
  let round = 0;
  const tick = async () => {
    round += 1;
    const caller = await props.db
      .selectFrom("identities")
      .select("value")
      .where("kind", "=", "phone")
      .orderBy("created_at")
      .offset((round * 7) % 50)
      .limit(1)
      .executeTakeFirst();
    const driver = createTwilioCallDriver({
      webhookUrl: `${props.url}/webhooks/${id}`,
      authToken,
      from: caller?.value ?? "+4915112340000",
      to: DEMO_HOTLINE,
      ...(props.delays ? { delays: props.delays } : {}),
    });
    const transcript = TRANSCRIPTS[round % TRANSCRIPTS.length];
    if (round % 3 === 0)
      await driver.missedCallWithVoicemail({ voicemailSeconds: 24, ...(transcript ? { transcript } : {}) });
    else
      await driver.answeredCall({
        talkSeconds: 60 + (round % 5) * 40,
        ...(transcript ? { transcript } : {}),
      });
  };
  const loop = async () => {
    while (running()) {
      await new Promise((resolve) => setTimeout(resolve, props.everyMs).unref());
      if (!running()) return;
      await tick().catch((error: unknown) =>
        props.log.warn("demo traffic: a simulated call failed", { error: String(error) }),
      );
    }
  };
  void loop();
  return () => stopping.abort();
}
