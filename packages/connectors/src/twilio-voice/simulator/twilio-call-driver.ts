import { randomBytes } from "node:crypto";
import {
  recordingCallback,
  statusCallback,
  transcriptionCallback,
  type CallParties,
  type Params,
} from "./call-params.ts";
import { postSignedForm, type Delivery, type FetchLike } from "./post-signed-form.ts";

/** The account the simulator speaks for unless told otherwise; the connector's accountSid must match. */
export const SIMULATED_ACCOUNT_SID = `AC${"5a".repeat(16)}`;

export interface TwilioCallDriverOptions {
  /** The URL Twilio would call (the connector's public base URL + /webhooks/<id>); signed as is. */
  webhookUrl: string;
  authToken: string;
  /** Caller, E.164 (or "anonymous"). */
  from: string;
  /** Called number, E.164: for inbound calls one of the service numbers. */
  to: string;
  accountSid?: string;
  direction?: CallParties["direction"];
  /** Real waits between steps; all 0 in tests. */
  delays?: Partial<TwilioCallDelays>;
  /** Where recordings claim to live; Twilio's API unless a local server plays them. */
  recordingBaseUrl?: string;
  fetch?: FetchLike;
  now?: () => Date;
}

export interface TwilioCallDelays {
  /** From the first ring to the answer or the give-up. */
  ringingMs: number;
  /** The conversation (or the voicemail message). */
  talkMs: number;
  /** Twilio's processing before the recording, then the transcription callback. */
  processingMs: number;
}

export interface CallRun {
  callSid: string;
  deliveries: (Delivery & { step: string })[];
}

export interface AnsweredCallOptions {
  talkSeconds?: number;
  /** Omit for a recording without transcription. */
  transcript?: string;
}

export interface VoicemailOptions {
  voicemailSeconds?: number;
  transcript?: string;
}

/** Thrown when Emma refuses a delivery: the simulator stops there, as Twilio would retry and give up. */
export class TwilioDeliveryError extends Error {
  constructor(
    readonly step: string,
    readonly status: number,
    readonly responseBody: string,
  ) {
    super(`Emma answered ${status} to the ${step} webhook: ${responseBody}`);
    this.name = "TwilioDeliveryError";
  }
}

const DEFAULT_DELAYS: TwilioCallDelays = { ringingMs: 3000, talkMs: 8000, processingMs: 1500 };

/**
 * Drives calls the way Twilio reports them to its webhooks: signed form bodies for each step of
 * the lifecycle, in order, with pauses. For the demo, development and the e2e tests.
 */
export function createTwilioCallDriver(options: TwilioCallDriverOptions) {
  const delays = { ...DEFAULT_DELAYS, ...options.delays };
  const fetchImpl = options.fetch ?? ((url, init) => fetch(url, init));
  const now = options.now ?? (() => new Date());
  const accountSid = options.accountSid ?? SIMULATED_ACCOUNT_SID;
  const recordingBase =
    options.recordingBaseUrl ?? `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Recordings`;

  function start(): {
    call: CallParties;
    run: CallRun;
    post: (step: string, params: Params) => Promise<void>;
  } {
    const call: CallParties = {
      accountSid,
      callSid: sid("CA"),
      from: options.from,
      to: options.to,
      direction: options.direction ?? "inbound",
    };
    const run: CallRun = { callSid: call.callSid, deliveries: [] };
    const post = async (step: string, params: Params) => {
      const delivery = await postSignedForm(fetchImpl, options.webhookUrl, options.authToken, params);
      run.deliveries.push({ step, ...delivery });
      if (delivery.status < 200 || delivery.status > 299) {
        throw new TwilioDeliveryError(step, delivery.status, delivery.body);
      }
    };
    return { call, run, post };
  }

  async function recordAndTranscribe(
    call: CallParties,
    post: (step: string, params: Params) => Promise<void>,
    recording: { durationSeconds: number; startedAt: Date; source: "DialVerb" | "RecordVerb" },
    transcript: string | undefined,
  ) {
    await sleep(delays.processingMs);
    const recordingSid = sid("RE");
    const recordingUrl = `${recordingBase}/${recordingSid}`;
    await post("recording", recordingCallback(call, { sid: recordingSid, url: recordingUrl, ...recording }));
    if (transcript === undefined) return;
    await sleep(delays.processingMs);
    await post(
      "transcription",
      transcriptionCallback(call, { sid: sid("TR"), text: transcript, recordingSid, recordingUrl }),
    );
  }

  return {
    /** ringing → in-progress → completed, then the call recording and (optionally) its transcription. */
    async answeredCall(answered: AnsweredCallOptions = {}): Promise<CallRun> {
      const { call, run, post } = start();
      const talkSeconds = answered.talkSeconds ?? 95;
      await post("ringing", statusCallback(call, "ringing", 0, now()));
      await sleep(delays.ringingMs);
      const answeredAt = now();
      await post("in-progress", statusCallback(call, "in-progress", 1, answeredAt));
      await sleep(delays.talkMs);
      await post("completed", statusCallback(call, "completed", 2, now(), talkSeconds));
      await recordAndTranscribe(
        call,
        post,
        { durationSeconds: talkSeconds, startedAt: answeredAt, source: "DialVerb" },
        answered.transcript,
      );
      return run;
    },

    /** ringing → no-answer, then the caller's voicemail recording and (optionally) its transcription. */
    async missedCallWithVoicemail(voicemail: VoicemailOptions = {}): Promise<CallRun> {
      const { call, run, post } = start();
      await post("ringing", statusCallback(call, "ringing", 0, now()));
      await sleep(delays.ringingMs);
      await post("no-answer", statusCallback(call, "no-answer", 1, now(), 0));
      const startedAt = now();
      await sleep(delays.talkMs);
      await recordAndTranscribe(
        call,
        post,
        { durationSeconds: voicemail.voicemailSeconds ?? 20, startedAt, source: "RecordVerb" },
        voicemail.transcript,
      );
      return run;
    },
  };
}

export type TwilioCallDriver = ReturnType<typeof createTwilioCallDriver>;

/** Twilio's ids: a two-letter prefix and 32 hex digits. */
function sid(prefix: "CA" | "RE" | "TR"): string {
  return prefix + randomBytes(16).toString("hex");
}

function sleep(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}
