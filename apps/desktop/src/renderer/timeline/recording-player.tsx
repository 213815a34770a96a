import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { bridge } from "../platform/bridge.ts";
import { FileRefusal, fetchFile } from "../files/fetch-file.ts";

type PlayerState =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "ready"; url: string }
  | { kind: "elsewhere"; url: string }
  | { kind: "failed"; message: string };

/**
 * Plays a call recording or voicemail. Twilio's recordings come through the API (they need the
 * account's credentials); a PBX's recording lives at the phone system's own address and opens there.
 * Loaded on demand: a timeline of calls must not download every recording.
 */
export function RecordingPlayer({ itemId, recordingUrl }: { itemId: string; recordingUrl: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<PlayerState>({ kind: "idle" });
  useEffect(
    () => () => {
      if (state.kind === "ready") URL.revokeObjectURL(state.url);
    },
    [state],
  );
  const load = async () => {
    setState({ kind: "loading" });
    try {
      const blob = await fetchFile(`/recordings/${itemId}`);
      setState({ kind: "ready", url: URL.createObjectURL(blob) });
    } catch (error) {
      if (error instanceof FileRefusal && error.code === "not_proxied")
        setState({ kind: "elsewhere", url: recordingUrl });
      else setState({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  };
  switch (state.kind) {
    case "idle":
    case "loading":
      return (
        <button
          type="button"
          className="link-button"
          disabled={state.kind === "loading"}
          onClick={() => void load()}
        >
          ▶ {state.kind === "loading" ? t("timeline.recordingLoading") : t("timeline.playRecording")}
        </button>
      );
    case "ready":
      return (
        <audio className="recording" controls autoPlay src={state.url} aria-label={t("timeline.recording")} />
      );
    case "elsewhere":
      return (
        <button type="button" className="link-button" onClick={() => void bridge.openExternal(state.url)}>
          ↗ {t("timeline.openRecording")}
        </button>
      );
    case "failed":
      return (
        <p className="muted" role="status">
          {t("timeline.recordingUnavailable")}: {state.message}
        </p>
      );
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}
