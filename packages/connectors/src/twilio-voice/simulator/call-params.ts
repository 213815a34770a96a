// The parameters Twilio sends for each step of a call, as documented for status callbacks
// (https://www.twilio.com/docs/voice/api/call-resource#statuscallback), recording status callbacks
// (…/recording#recordingstatuscallback) and <Record> transcribeCallback.

export type Params = Record<string, string>;

export interface CallParties {
  accountSid: string;
  callSid: string;
  from: string;
  to: string;
  direction: "inbound" | "outbound-api";
}

/** Twilio's Timestamp and RecordingStartTime format: RFC 2822 in UTC. */
export function rfc2822(date: Date): string {
  return date.toUTCString().replace("GMT", "+0000");
}

export function statusCallback(
  call: CallParties,
  status: string,
  sequenceNumber: number,
  at: Date,
  durationSeconds?: number,
): Params {
  const params: Params = {
    AccountSid: call.accountSid,
    ApiVersion: "2010-04-01",
    CallSid: call.callSid,
    CallStatus: status,
    CallbackSource: "call-progress-events",
    Called: call.to,
    Caller: call.from,
    Direction: call.direction,
    From: call.from,
    SequenceNumber: String(sequenceNumber),
    Timestamp: rfc2822(at),
    To: call.to,
  };
  if (durationSeconds !== undefined) {
    params.CallDuration = String(durationSeconds);
    params.Duration = String(Math.ceil(durationSeconds / 60));
  }
  return params;
}

/** Recording status callbacks name neither caller nor callee: only the call and the recording. */
export function recordingCallback(
  call: CallParties,
  recording: {
    sid: string;
    url: string;
    durationSeconds: number;
    startedAt: Date;
    source: "DialVerb" | "RecordVerb";
  },
): Params {
  return {
    AccountSid: call.accountSid,
    CallSid: call.callSid,
    ErrorCode: "0",
    RecordingChannels: "1",
    RecordingDuration: String(recording.durationSeconds),
    RecordingSid: recording.sid,
    RecordingSource: recording.source,
    RecordingStartTime: rfc2822(recording.startedAt),
    RecordingStatus: "completed",
    RecordingTrack: "both",
    RecordingUrl: recording.url,
  };
}

/** transcribeCallback: the call's standard parameters plus the transcription's. No Timestamp. */
export function transcriptionCallback(
  call: CallParties,
  transcription: { sid: string; text: string; recordingSid: string; recordingUrl: string },
): Params {
  return {
    AccountSid: call.accountSid,
    ApiVersion: "2010-04-01",
    CallSid: call.callSid,
    CallStatus: "completed",
    Called: call.to,
    Caller: call.from,
    Direction: call.direction,
    From: call.from,
    RecordingSid: transcription.recordingSid,
    RecordingUrl: transcription.recordingUrl,
    To: call.to,
    TranscriptionSid: transcription.sid,
    TranscriptionStatus: "completed",
    TranscriptionText: transcription.text,
    TranscriptionType: "fast",
    TranscriptionUrl: `https://api.twilio.com/2010-04-01/Accounts/${call.accountSid}/Transcriptions/${transcription.sid}`,
  };
}
