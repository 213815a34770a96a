import { describe, expect, it } from "vitest";
import { parseEmail } from "./parse-email.ts";
import { AUTOMATED_SAMPLES, automatedSample } from "./test/automated-mail.ts";
import { testConfig } from "./test/parse-config.ts";

describe("machine-written mail", () => {
  it.each(AUTOMATED_SAMPLES.map((sample) => [sample.source, sample] as const))(
    "knows a %s as machine-written, and the reply of ours it reports",
    async (_source, sample) => {
      const [message] = await parseEmail(automatedSample(sample.file), testConfig());
      expect(message?.automated).toMatchObject({
        kind: sample.kind,
        failedMessageIds: sample.failedMessageIds,
      });
    },
  );
});
