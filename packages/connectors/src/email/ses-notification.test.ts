import { describe, expect, it } from "vitest";
import { sesNotificationIn } from "./ses-notification.ts";

const notification = (type: string, bounceType = "Permanent") => ({
  notificationType: type,
  ...(type === "Bounce"
    ? {
        bounce: {
          bounceType,
          bouncedRecipients: [
            { emailAddress: "kunde@example.com", diagnosticCode: "smtp; 552 mailbox full" },
          ],
        },
      }
    : {}),
  mail: { messageId: "0101-ses", commonHeaders: { messageId: "<Outbox-1@Bank.Example>" } },
});

describe("SES notifications mailed by SNS", () => {
  it("reads a permanent bounce as failed, a transient one as delayed", () => {
    expect(sesNotificationIn(JSON.stringify(notification("Bounce")))).toEqual({
      provider: "Amazon SES",
      type: "bounce",
      originalMessageIds: ["Outbox-1@bank.example"],
      recipients: [{ address: "kunde@example.com", action: "failed", diagnostic: "552 mailbox full" }],
    });
    expect(
      sesNotificationIn(JSON.stringify(notification("Bounce", "Transient")))?.recipients[0]?.action,
    ).toBe("delayed");
  });

  it("opens SNS's email-json envelope and a JSON line a relay folded", () => {
    const envelope = JSON.stringify({
      Type: "Notification",
      Message: JSON.stringify(notification("Complaint")),
    });
    expect(sesNotificationIn(`${envelope.slice(0, 40)}\r\n${envelope.slice(40)}`)?.type).toBe("complaint");
  });

  it("leaves any other text alone", () => {
    expect(sesNotificationIn('{"mail": "not SES"}')).toBeUndefined();
    expect(sesNotificationIn("Hallo, meine Karte { geht nicht }")).toBeUndefined();
  });
});
