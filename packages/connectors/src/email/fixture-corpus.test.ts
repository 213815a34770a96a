import { inboundMessageSchema, type InboundMessage } from "@emma/core";
import { describe, expect, it } from "vitest";
import { emailConnector } from "./email-connector.ts";
import { fixture, fixtureFiles, fixturesPresent } from "./test/fixture-files.ts";
import { testConfig } from "./test/parse-config.ts";

const config = testConfig();
const parse = async (path: string) => {
  const stored = { contentType: "message/rfc822", body: fixture(path), headers: {} };
  return emailConnector.parseStored(stored, { config });
};
const only = async (path: string): Promise<InboundMessage> => {
  const [message] = await parse(path);
  if (!message) throw new Error(`${path} gave no message`);
  return message;
};

describe.skipIf(!fixturesPresent)("the fixture corpus", () => {
  it("parses every mail without an exception into valid messages, flagging the broken ones", async () => {
    const files = fixtureFiles();
    const malformed: string[] = [];
    const empty: string[] = [];
    for (const path of files) {
      if (fixture(path).length === 0) {
        // The one thing parse refuses: there is nothing to keep.
        await expect(parse(path)).rejects.toThrow(/empty/);
        empty.push(path);
        continue;
      }
      const messages = await parse(path);
      expect(messages, path).toHaveLength(1);
      const result = inboundMessageSchema.safeParse(messages[0]);
      expect(result.error?.issues, path).toBeUndefined();
      if (messages[0]?.metadata.malformed !== undefined) malformed.push(path);
      expect(await parse(path), `${path} parses the same twice`).toEqual(messages);
    }
    console.info(
      `email corpus: ${files.length} files, ${files.length - malformed.length - empty.length} clean, ${malformed.length} flagged malformed, ${empty.length} empty`,
    );
    expect(files.length).toBeGreaterThan(100);
    expect(empty).toEqual(["mail-gem/sample_output_multipart"]);
    // Not mail at all: the license texts have no header, so they must be among the flagged.
    expect(malformed).toEqual(expect.arrayContaining(["mail-gem/LICENSE", "mailparser/LICENSE"]));
    expect(malformed).toEqual(expect.arrayContaining(["mail-gem/error_emails/bad_date_header.eml"]));
    expect(malformed).not.toContain("mail-gem/rfc2822/example05.eml");
  }, 120_000);

  it("threads the RFC 2822 example conversation 05 → 06 → 07 on 05's Message-ID", async () => {
    const [first, second, third] = await Promise.all(
      ["example05", "example06", "example07"].map((name) => only(`mail-gem/rfc2822/${name}.eml`)),
    );
    expect(first?.externalId).toBe("1234@local.machine.example");
    expect(first?.threadKey).toBe("1234@local.machine.example");
    expect(second?.threadKey).toBe(first?.externalId);
    expect(third?.threadKey).toBe(first?.externalId);
    expect(second?.threading?.referencedIds).toEqual(["1234@local.machine.example"]);
    expect(third?.threading?.referencedIds).toEqual(["3456@example.net", "1234@local.machine.example"]);
    expect(third?.occurredAt.toISOString()).toBe("1997-11-21T17:00:00.000Z");
    expect(second?.author).toEqual({
      name: "Mary Smith",
      identities: [{ kind: "email", value: "mary@example.net", display: "Mary Smith" }],
    });
  });

  it.each([
    ["mailparser/delivery-status.eml", ["xxxxx@email.amazonses.com"], /suppression list/],
    [
      "mail-gem/multipart_report_emails/multi_address_bounce1.eml",
      ["118707422.15521266992174819.JavaMail.root@lvmail01"],
      /550-5\.1\.1/,
    ],
    [
      "mail-gem/multipart_report_emails/multipart_report_multiple_status.eml",
      ["4c2a146147ac8_61ff157c4ec1652df@s.h.c.mail"],
      undefined,
    ],
    [
      "mail-gem/multipart_report_emails/report_530.eml",
      ["200712232303.lBNN3jDq002941@mail12.rrrr.com.au"],
      /553 5\.3\.0/,
    ],
  ])("classifies %s as a bounce of the returned mail", async (path, failedMessageIds, diagnostic) => {
    const message = await only(path);
    expect(message.automated).toMatchObject({ kind: "bounce", failedMessageIds });
    if (diagnostic) expect(message.automated?.diagnostic).toMatch(diagnostic);
    expect(message.automated?.signals).toContain("multipart/report; report-type=delivery-status");
  });

  it("reads a delay warning as a bounce report that failed nothing yet", async () => {
    const message = await only("mail-gem/multipart_report_emails/report_422.eml");
    expect(message.automated).toMatchObject({
      kind: "bounce",
      failedMessageIds: [],
      diagnostic: expect.stringMatching(/Mailbox full/) as unknown,
    });
    expect(message.metadata.deliveryReport).toEqual([
      expect.objectContaining({ address: "fraser@oooooooo.com.au", action: "delayed", status: "4.2.2" }),
    ]);
  });
});
