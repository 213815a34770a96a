import { describe, expect, it } from "vitest";
import { inboundMessageSchema, type InboundMessageInput } from "./inbound-message.ts";
import { inboundWithoutNul } from "./inbound-without-nul.ts";

const N = "\u0000";

function message(overrides: Partial<InboundMessageInput> = {}) {
  return inboundMessageSchema.parse({
    channel: "email",
    kind: "message",
    externalId: "m-1",
    threadKey: "t-1",
    occurredAt: "2026-03-01T10:00:00Z",
    direction: "inbound",
    author: { name: "Jana Lind", identities: [{ kind: "email", value: "jana@example.de" }] },
    subject: "Frage zur Karte",
    text: "Hallo, meine Karte ist gesperrt.",
    ...overrides,
  });
}

describe("inboundWithoutNul", () => {
  it("drops every NUL from body, subject, names, identities, attachments and metadata, and keeps the rest", () => {
    const dirty = message({
      externalId: `m${N}-1`,
      author: { name: `Jana${N} Lind`, identities: [{ kind: "email", value: `jana@exa${N}mple.de` }] },
      subject: `Frage${N} zur Karte`,
      text: `Hallo,${N}${N} meine Karte ist gesperrt. ÄÖÜ ß 😀`,
      html: `<p>Hallo${N}</p>`,
      attachments: [{ filename: `scan${N}.pdf`, contentType: "application/pdf", size: 12 }],
      metadata: { messageId: `<a${N}@b>`, nested: { list: [`x${N}`, 3, true, null] }, [`k${N}ey`]: 1 },
    });
    expect(inboundWithoutNul(dirty)).toEqual(
      message({
        externalId: "m-1",
        author: { name: "Jana Lind", identities: [{ kind: "email", value: "jana@example.de" }] },
        subject: "Frage zur Karte",
        text: "Hallo, meine Karte ist gesperrt. ÄÖÜ ß 😀",
        html: "<p>Hallo</p>",
        attachments: [{ filename: "scan.pdf", contentType: "application/pdf", size: 12 }],
        metadata: { messageId: "<a@b>", nested: { list: ["x", 3, true, null] }, key: 1 },
      }),
    );
  });

  it("keeps when it happened as a date", () => {
    const cleaned = inboundWithoutNul(message({ text: `a${N}b` }));
    expect(cleaned.occurredAt).toEqual(new Date("2026-03-01T10:00:00Z"));
    expect(cleaned.text).toBe("ab");
  });

  it("hands a message without NUL back unchanged", () => {
    const clean = message({ metadata: { flags: ["seen"] } });
    expect(inboundWithoutNul(clean)).toBe(clean);
  });
});
