import { describe, expect, it } from "vitest";
import { replyExtrasRefusal, takesMailExtras } from "./reply-extras.ts";

describe("what only an e-mail reply carries", () => {
  it("lets an e-mail reply carry files, recipients and formatting", () => {
    expect(takesMailExtras("email")).toBe(true);
    expect(
      replyExtrasRefusal("email", { attachments: [{}], recipients: { to: [] }, format: "markdown" }),
    ).toBeNull();
  });

  it("refuses them on other channels, saying what to leave out", () => {
    expect(replyExtrasRefusal("facebook", { attachments: [{}] })).toBe(
      "Files can be sent with e-mail replies only; a facebook reply carries text alone",
    );
    expect(replyExtrasRefusal("twitter", { recipients: { to: [] } })).toBe(
      "To, Cc and Bcc are for e-mail replies only",
    );
    expect(replyExtrasRefusal("forum", { format: "markdown" })).toMatch(/^Formatting is for e-mail/);
    expect(replyExtrasRefusal("forum", { attachments: [], format: "plain" })).toBeNull();
  });
});
