import type { CallData, RawIdentity } from "@emma/core";
import { callCloser, callOpener, speaker } from "./phrases.ts";
import { SERVICE_NUMBER } from "./phone.ts";
import type { ThreadVariant } from "./plan.ts";
import { fill } from "./template.ts";
import { demoMessage, threadTimes, type Thread, type ThreadContext } from "./thread.ts";
import type { DemoMessage } from "./types.ts";

type CallStep = "answered" | "missed" | "voicemail" | "callback" | "callback-missed";

const STEPS: Readonly<
  Record<
    Extract<ThreadVariant, "answered" | "voicemail" | "missed-callback" | "outbound">,
    readonly CallStep[]
  >
> = {
  answered: ["answered"],
  voicemail: ["missed", "voicemail", "callback"],
  "missed-callback": ["missed", "callback-missed", "callback"],
  outbound: ["callback"],
};

function transcript(ctx: ThreadContext): string {
  const { random, locale, person, vars } = ctx;
  const customer = speaker(person, locale);
  const lines = [`${ctx.agent}: ${callOpener(ctx.agent, locale)}`];
  ctx.text.call.forEach((line, i) =>
    lines.push(`${i % 2 === 0 ? customer : ctx.agent}: ${fill(line, vars)}`),
  );
  const [bye, agentBye] = callCloser(random, locale);
  lines.push(`${customer}: ${bye}`, `${ctx.agent}: ${agentBye}`);
  return lines.join("\n");
}

/**
 * A phone conversation as the PBX reports it: an answered call, or a missed call with voicemail and
 * our callback, or a call we made. The caller id is the only identity a PBX sends.
 * `recordingConsent`: recordings exist only for customers who agreed to call recording.
 */
export function phoneThread(ctx: ThreadContext, number: string, recordingConsent: boolean): Thread {
  const { person, random } = ctx;
  const variant =
    ctx.variant === "voicemail" || ctx.variant === "missed-callback" || ctx.variant === "outbound"
      ? ctx.variant
      : "answered";
  const steps = STEPS[variant];
  const times = threadTimes(random, ctx.start, steps.length, ctx.now, [1, 26 * 60]);
  const threadKey = `demo-phone-${person.key}-${ctx.conversationNo}`;
  const identity: RawIdentity = { kind: "phone", value: number };
  const recording = () => `https://recordings.example.invalid/RE${random.hex(32)}.mp3`;
  const messages: DemoMessage[] = steps.map((step, i) => {
    const inbound = step === "answered" || step === "missed" || step === "voicemail";
    const from = inbound ? number : SERVICE_NUMBER;
    const to = inbound ? SERVICE_NUMBER : number;
    let call: CallData;
    switch (step) {
      case "answered":
      case "callback": {
        const text = ctx.long || random.chance(0.4) ? transcript(ctx) : undefined;
        const recordingUrl = recordingConsent && random.chance(0.6) ? recording() : undefined;
        call = { status: "completed", from, to, durationSeconds: random.int(45, 900), answeredBy: ctx.agent };
        if (recordingUrl) call.recordingUrl = recordingUrl;
        if (text) call.transcript = text;
        break;
      }
      case "missed":
      case "callback-missed":
        call = { status: random.chance(0.7) ? "no-answer" : "busy", from, to };
        break;
      case "voicemail":
        call = {
          status: "completed",
          from,
          to,
          durationSeconds: random.int(12, 75),
          recordingUrl: recording(),
          transcript: fill(random.pick(ctx.text.voicemails), ctx.vars),
        };
        break;
      default: {
        const unknown: never = step;
        throw new Error(`unknown call step ${String(unknown)}`);
      }
    }
    const seq = ctx.nextSeq();
    return demoMessage({
      agent: ctx.agent,
      channel: "phone",
      kind: step === "voicemail" ? "voicemail" : "call",
      externalId: `demo-${step === "voicemail" ? "voicemail" : "call"}-${person.key}-${seq}`,
      threadKey,
      occurredAt: times[i] ?? ctx.start,
      direction: inbound ? "inbound" : "outbound",
      name: undefined,
      identities: [identity],
      text: call.transcript ?? "",
      call,
      metadata: {
        provider: "twilio",
        callSid: `CA${random.hex(32)}`,
        direction: inbound ? "inbound" : "outbound-api",
      },
    });
  });
  return { threadKey, messages };
}
