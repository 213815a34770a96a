import { inboundMessageSchema, normalizeIdentities, type InboundMessage } from "@emma/core";
import { describe, expect, it } from "vitest";
import { foldMessages } from "./fold-messages.ts";
import { RECEIVED_AT_HEADER } from "./occurred-at.ts";
import { callParams, config } from "./twilio-test-request.ts";
import { twilioVoiceConnector } from "./twilio-voice-connector.ts";

const CALL_SID = "CA0123456789abcdef0123456789abcdef";
const RECORDING_URL = `https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1`;

function parse(params: Record<string, string>, headers: Record<string, string> = {}): InboundMessage {
  const messages = twilioVoiceConnector.parseStored(
    {
      contentType: "application/x-www-form-urlencoded",
      body: Buffer.from(new URLSearchParams(params).toString()),
      headers,
    },
    { config },
  );
  expect(messages).toHaveLength(1);
  const [message] = messages;
  if (!message) throw new Error("no message");
  // Whatever the connector makes must be a valid inbound message.
  expect(inboundMessageSchema.safeParse(message).success).toBe(true);
  return message;
}

const recordingParams = {
  AccountSid: "AC1",
  CallSid: CALL_SID,
  RecordingSid: "RE1",
  RecordingUrl: RECORDING_URL,
  RecordingStatus: "completed",
  RecordingDuration: "21",
  RecordingStartTime: "Fri, 20 Nov 2026 10:00:40 +0000",
};

describe("parsing Twilio voice events", () => {
  it("makes a ringing inbound call of the caller's number, threaded per number", () => {
    expect(parse(callParams())).toMatchObject({
      channel: "phone",
      kind: "call",
      externalId: CALL_SID,
      threadKey: "phone:+4917612345678",
      occurredAt: new Date("2026-11-20T10:00:00Z"),
      direction: "inbound",
      author: { identities: [{ kind: "phone", value: "+4917612345678" }] },
      text: "",
      call: { status: "ringing", from: "+4917612345678", to: "+4930123456" },
      metadata: { provider: "twilio", event: "status", Direction: "inbound" },
    });
  });

  it.each([
    ["queued", "ringing"],
    ["initiated", "ringing"],
    ["in-progress", "in-progress"],
    ["busy", "busy"],
    ["no-answer", "no-answer"],
    ["canceled", "canceled"],
    ["failed", "failed"],
  ])("maps CallStatus %s to %s", (twilio, status) => {
    expect(parse(callParams({ CallStatus: twilio })).call?.status).toBe(status);
  });

  it("keeps the duration of a completed call", () => {
    expect(parse(callParams({ CallStatus: "completed", CallDuration: "95" })).call).toMatchObject({
      status: "completed",
      durationSeconds: 95,
    });
  });

  it("tells outbound calls by the called number and files them under the customer", () => {
    const outbound = parse(
      callParams({ From: "+4930123456", To: "+4917612345678", Direction: "outbound-api" }),
    );
    expect(outbound).toMatchObject({
      direction: "outbound",
      threadKey: "phone:+4917612345678",
      author: { identities: [{ kind: "phone", value: "+4917612345678" }] },
    });
    const { Direction: _, ...noDirection } = callParams({ To: "+4917612345678", From: "+4930123456" });
    expect(parse(noDirection).direction).toBe("outbound");
    const { Direction: __, ...toService } = callParams();
    expect(parse(toService).direction).toBe("inbound");
  });

  it("reads a recording callback, which names no numbers, into the call's item", () => {
    expect(parse(recordingParams)).toMatchObject({
      kind: "call",
      externalId: CALL_SID,
      threadKey: `call:${CALL_SID}`,
      occurredAt: new Date("2026-11-20T10:00:40Z"),
      author: { identities: [] },
      call: { status: "in-progress", from: "", to: "", recordingUrl: RECORDING_URL },
      metadata: { event: "recording", RecordingSid: "RE1", RecordingDuration: "21" },
    });
    expect(parse({ ...recordingParams, RecordingStatus: "absent" }).call?.recordingUrl).toBeUndefined();
  });

  it("reads a transcription into the text, timed by the stored receive time", () => {
    const {
      Timestamp: _,
      SequenceNumber: __,
      ...params
    } = callParams({
      CallStatus: "completed",
      RecordingSid: "RE1",
      RecordingUrl: RECORDING_URL,
      TranscriptionSid: "TR1",
      TranscriptionStatus: "completed",
      TranscriptionText: "Bitte rufen Sie mich zurück.",
    });
    const message = parse(params, { [RECEIVED_AT_HEADER]: "2026-11-20T10:03:00.000Z" });
    expect(message).toMatchObject({
      text: "Bitte rufen Sie mich zurück.",
      occurredAt: new Date("2026-11-20T10:03:00Z"),
      call: { status: "completed", transcript: "Bitte rufen Sie mich zurück." },
      metadata: { event: "transcription" },
    });
    expect(
      parse({ ...params, TranscriptionStatus: "failed" }, { [RECEIVED_AT_HEADER]: "2026-11-20T10:03:00Z" })
        .text,
    ).toBe("");
    expect(() => parse(params)).toThrow(/no Timestamp .* x-emma-received-at/);
  });

  it("makes a voicemail of a recording left after nobody took the call", () => {
    const message = parse(
      callParams({ CallStatus: "completed", DialCallStatus: "no-answer", RecordingUrl: RECORDING_URL }),
    );
    expect(message).toMatchObject({
      kind: "voicemail",
      call: { status: "no-answer", recordingUrl: RECORDING_URL },
    });
  });

  it.each(["anonymous", "+266696687", "Restricted", "+7378742833"])(
    "gives a withheld caller %j a conversation of its own and never links the number",
    (from) => {
      const message = parse(callParams({ From: from }));
      expect(message.threadKey).toBe(`call:${CALL_SID}`);
      const { identities, rejected } = normalizeIdentities(message.author.identities, {
        defaultCountry: "DE",
      });
      expect(identities).toEqual([]);
      expect(rejected).toMatchObject([{ reason: "anonymous" }]);
    },
  );

  it("drops an empty caller instead of sending an empty identity", () => {
    const message = parse(callParams({ From: "" }));
    expect(message).toMatchObject({ threadKey: `call:${CALL_SID}`, author: { identities: [] } });
  });

  it("passes a real number raw; the API's normalization links it", () => {
    const message = parse(callParams({ From: "+49 176 12345678" }));
    expect(message.threadKey).toBe("phone:+4917612345678");
    expect(normalizeIdentities(message.author.identities, { defaultCountry: "DE" }).identities).toMatchObject(
      [{ kind: "phone", value: "+4917612345678" }],
    );
  });

  it("parses a stored JSON body like a form", () => {
    const [message] = twilioVoiceConnector.parseStored(
      {
        contentType: "application/json",
        body: Buffer.from(JSON.stringify(callParams({ CallDuration: "7" }))),
        headers: {},
      },
      { config },
    );
    expect(message).toMatchObject({ externalId: CALL_SID, call: { durationSeconds: 7 } });
  });

  it("throws on a content type it never stored", () => {
    expect(() =>
      twilioVoiceConnector.parseStored(
        { contentType: "text/plain", body: Buffer.from(""), headers: {} },
        { config },
      ),
    ).toThrow(/cannot read text\/plain/);
  });

  it("merges a whole answered call into one item, in any delivery order", () => {
    const events = [
      callParams(),
      callParams({
        CallStatus: "in-progress",
        SequenceNumber: "1",
        Timestamp: "Fri, 20 Nov 2026 10:00:05 +0000",
      }),
      callParams({
        CallStatus: "completed",
        CallDuration: "95",
        SequenceNumber: "2",
        Timestamp: "Fri, 20 Nov 2026 10:01:40 +0000",
      }),
      recordingParams,
    ].map((params) => parse(params));
    const expected = {
      occurredAt: new Date("2026-11-20T10:00:00Z"),
      kind: "call",
      text: "",
      call: {
        status: "completed",
        from: "+4917612345678",
        to: "+4930123456",
        durationSeconds: 95,
        recordingUrl: RECORDING_URL,
      },
    };
    expect(foldMessages(events)).toEqual(expected);
    expect(foldMessages([...events].reverse())).toEqual(expected);
  });
});
