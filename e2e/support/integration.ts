import { expect } from "@playwright/test";
import { createHmac, randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { appUrl, DEMO_PASSWORD } from "./console.ts";
import { DEMO_ADMIN, mutate } from "./trpc-mutation.ts";

/** A message as the bank's own integration hands it to Emma's webhook (emma-inbound). */
export interface IntegrationMessage {
  channel: "email" | "facebook" | "x" | "phone" | "forum";
  externalId: string;
  threadKey: string;
  subject?: string;
  author: { name: string; identities: { kind: string; value: string }[] };
  text: string;
}

/**
 * A new emma-inbound connector, as an admin makes one for the bank's own integration of a channel;
 * with `outboundUrl`, Emma hands what it sends on that channel to that URL.
 */
export async function connectIntegration(props: {
  name: string;
  channel: IntegrationMessage["channel"];
  outboundUrl?: string;
  /** Like the demo's integrations: what Emma sends is handed to simulated customers. */
  demo?: boolean;
}) {
  const { token } = await mutate<{ token: string }>("auth.login", {
    email: DEMO_ADMIN,
    password: DEMO_PASSWORD,
  });
  const signingSecret = randomBytes(24).toString("hex");
  const connector = await mutate<{ id: string }>(
    "connectors.create",
    {
      kind: "emma-inbound",
      name: props.name,
      config: {
        channel: props.channel,
        ...(props.outboundUrl ? { outboundUrl: props.outboundUrl } : {}),
        ...(props.demo ? { demo: true } : {}),
      },
      secrets: { signingSecret },
    },
    token,
  );
  return {
    id: connector.id,
    async post(messages: IntegrationMessage[]) {
      const body = JSON.stringify(
        messages.map((m) => ({
          ...m,
          kind: "message",
          direction: "inbound",
          occurredAt: new Date().toISOString(),
        })),
      );
      const webhook = await fetch(`${appUrl()}/webhooks/${connector.id}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-emma-signature": `sha256=${createHmac("sha256", signingSecret).update(body).digest("hex")}`,
        },
        body,
      });
      expect(webhook.status).toBe(202);
    },
  };
}

/** The receiving end of the bank's mail integration: every mail Emma hands it to send. */
export async function startMailReceiver() {
  const received: { text: string; subject?: string }[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString("utf8")) as { text: string; subject?: string });
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    received,
    url: `http://127.0.0.1:${String(port)}/mail`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
