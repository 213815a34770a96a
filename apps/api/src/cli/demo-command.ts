import type { CountryCode } from "@emma/core";
import { loadSecretKey } from "../crypto/secret-box.ts";
import { DEMO_PASSWORD, demoStaff } from "../demo/index.ts";
import { createLogger } from "../logger.ts";
import { withDevelopmentOrigins, type RuntimeConfig } from "../runtime-config.ts";
import { seedDemo } from "../seed/seed-demo.ts";
import { startDemoMailbox } from "../demo-traffic/demo-mailbox.ts";
import { startDemoTraffic } from "../demo-traffic/demo-traffic.ts";
import { startDemoSocial } from "../demo-traffic/demo-social.ts";
import { startDemoDiscourse } from "../demo-traffic/demo-discourse.ts";
import { openConfiguredDatabase, startApi } from "../start-api.ts";

const DEMO_CUSTOMERS = 300;

/** The README's start command: a seeded database on first start, then API and console. */
export async function runDemo(config: RuntimeConfig): Promise<void> {
  const database = await openConfiguredDatabase(config);
  const empty = !(await database.db.selectFrom("users").select("id").limit(1).executeTakeFirst());
  if (empty) {
    console.log(`First start: loading demo data (${DEMO_CUSTOMERS} customers) …`);
    const summary = await seedDemo(database.db, createLogger({ quiet: true }), {
      customers: DEMO_CUSTOMERS,
      seed: 42,
      now: new Date(),
      defaultCountry: config.EMMA_DEFAULT_COUNTRY as CountryCode,
      secretKey: await loadSecretKey(process.env, config.EMMA_DATA_DIR),
    });
    console.log(`Loaded ${summary.customersImported} customers and ${summary.messagesIngested} messages.`);
  }
  await database.close();
  const { app, url, consoleServed } = await startApi(withDevelopmentOrigins(config));
  if (config.EMMA_DEMO_TRAFFIC === "on")
    await startDemoTraffic({
      db: app.services.database.db,
      secretKey: app.services.secretKey,
      url,
      log: app.services.log,
      everyMs: 75_000,
    });
  const social =
    config.EMMA_DEMO_TRAFFIC === "on"
      ? await startDemoSocial({
          db: app.services.database.db,
          secretKey: app.services.secretKey,
          url,
          log: app.services.log,
          everyMs: 60_000,
        })
      : undefined;
  // The forum always runs: its topics are the demo's community history, not only live traffic.
  const forum = await startDemoDiscourse({
    db: app.services.database.db,
    secretKey: app.services.secretKey,
    url,
    log: app.services.log,
    ...(config.EMMA_DEMO_TRAFFIC === "on" ? { everyMs: 120_000 } : {}),
  });
  void app.services.poller.kick();
  const mailbox =
    config.EMMA_DEMO_TRAFFIC === "on"
      ? await startDemoMailbox({
          db: app.services.database.db,
          secretKey: app.services.secretKey,
          log: app.services.log,
          everyMs: 90_000,
        })
      : undefined;
  const staff = demoStaff().users;
  console.log(`
Emma is running at ${url}
${consoleServed ? `  The agent console is served there: open ${url} in a browser.` : "  The console is not built; run `pnpm --filter @emma/desktop build` to serve it."}
  The Electron app (where an Electron binary is installed): pnpm --filter @emma/desktop electron

${config.EMMA_DEMO_TRAFFIC === "on" ? "Simulated customers call the Twilio hotline about every 75 s (EMMA_DEMO_TRAFFIC=off to stop).\n" : ""}${social ? `Simulated customers write on Messenger, comment on the Page, DM and mention the X account about every 60 s, through local fakes of Meta's Graph API (${social.graph.url}) and X's API (${social.x.url}).\n` : ""}The community forum is a local fake Discourse (${forum.forum.url}) read by the real Discourse connector${config.EMMA_DEMO_TRAFFIC === "on" ? "; members ask and answer there about every 2 min" : ""}.\n${mailbox === undefined ? "" : "unavailable" in mailbox ? `No simulated mailbox: ${mailbox.unavailable}.\n` : "Simulated customers write to a local IMAP mailbox about every 90 s; replies go to a local SMTP server.\n"}
Sign in with the demo password "${DEMO_PASSWORD}" as:
${staff.map((user) => `  ${user.role.padEnd(10)} ${user.email}`).join("\n")}

Stop with Ctrl+C.`);
}
