import type { CallData } from "@emma/core";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatDuration } from "../ui/format.ts";
import { RecordingPlayer } from "./recording-player.tsx";

export function CallDetails({ itemId, call }: { itemId: string; call: CallData }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="call-details">
      <span className={`call-status call-${call.status}`}>{t(`callStatus.${call.status}`)}</span>
      {call.from ? <span className="muted">{t("call.from", { number: call.from })}</span> : null}
      {call.durationSeconds !== undefined ? (
        <span>{t("timeline.duration", { duration: formatDuration(call.durationSeconds) })}</span>
      ) : null}
      {call.recordingUrl ? <RecordingPlayer itemId={itemId} recordingUrl={call.recordingUrl} /> : null}
      {call.recordingRemovedAt ? (
        <span className="muted">
          {t("retention.recordingRemoved", { when: formatDateTime(call.recordingRemovedAt, i18n.language) })}
        </span>
      ) : null}
      {call.transcript ? (
        <details className="transcript">
          <summary>{t("timeline.transcript")}</summary>
          <p>{call.transcript}</p>
        </details>
      ) : null}
    </div>
  );
}
