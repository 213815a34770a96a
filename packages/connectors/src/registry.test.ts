import { describe, expect, it } from "vitest";
import { CONNECTORS } from "./registry.ts";

describe("the connector registry", () => {
  it("names the body types of every connector that takes webhooks", () => {
    for (const connector of Object.values(CONNECTORS)) {
      if (connector.acceptWebhook === undefined) continue;
      expect(connector.webhookContentTypes, connector.kind).not.toHaveLength(0);
      for (const type of connector.webhookContentTypes ?? [])
        expect(type, connector.kind).toMatch(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/);
    }
  });
});
