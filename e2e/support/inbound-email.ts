import { expect } from "@playwright/test";
import { createHmac, randomBytes } from "node:crypto";
import { appUrl, DEMO_PASSWORD } from "./console.ts";
import { DEMO_ADMIN, mutate } from "./trpc-mutation.ts";

/** One e-mail through the bank's own integration (a new emma-inbound connector), as a mail system hands it over. */
export async function sendIntegrationEmail(props: {
  spec: string;
  stamp: number;
  name: string;
  address: string;
  subject: string;
  text: string;
}): Promise<void> {
  const { token } = await mutate<{ token: string }>("auth.login", {
    email: DEMO_ADMIN,
    password: DEMO_PASSWORD,
  });
  const signingSecret = randomBytes(24).toString("hex");
  const connector = await mutate<{ id: string }>(
    "connectors.create",
    {
      kind: "emma-inbound",
      name: `Mail-Integration (E2E ${props.spec})`,
      config: { channel: "email", demo: true },
      secrets: { signingSecret },
    },
    token,
  );
  const body = JSON.stringify([
    {
      channel: "email",
      kind: "message",
      externalId: `e2e-${props.spec}-${String(props.stamp)}`,
      threadKey: `e2e-${props.spec}-thread-${String(props.stamp)}`,
      occurredAt: new Date().toISOString(),
      direction: "inbound",
      subject: props.subject,
      author: { name: props.name, identities: [{ kind: "email", value: props.address }] },
      text: props.text,
    },
  ]);
  const webhook = await fetch(`${appUrl()}/webhooks/${connector.id}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-emma-signature": `sha256=${createHmac("sha256", signingSecret).update(body).digest("hex")}`,
    },
    body,
  });
  expect(webhook.status).toBe(202);
}

/**
 * A new customer, named `firstName Lastname <stamp>`, who wrote one e-mail through the bank's own
 * integration: a person no other spec touches. Returns her name and the e-mail's subject.
 */
export async function customerWritesAnEmail(props: { spec: string; person: string; question: string }) {
  const stamp = Date.now();
  const name = `${props.person} ${String(stamp).slice(-5)}`;
  const subject = `${props.question} ${String(stamp)}`;
  await sendIntegrationEmail({
    spec: props.spec,
    stamp,
    name,
    address: `${props.spec}.${String(stamp)}@example.de`,
    subject,
    text: "Wann wird meine Überweisung ausgeführt?",
  });
  return { name, subject };
}
