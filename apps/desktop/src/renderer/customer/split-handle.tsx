import type { KeyboardEvent, PointerEvent } from "react";
import { useTranslation } from "react-i18next";
import { SHARE, shareAfterKey, shareAtPointer } from "./customer360-layout.ts";

/**
 * The handle between the 360 and the timeline: drag it, or focus it and use the arrow keys. It sets
 * the most of the column the 360 may take; the timeline always keeps the rest.
 */
export function SplitHandle({ share, onChange }: { share: number; onChange: (share: number) => void }) {
  const { t } = useTranslation();

  const follow = (event: PointerEvent<HTMLDivElement>) => {
    const column = event.currentTarget.parentElement;
    if (!column || !event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const rect = column.getBoundingClientRect();
    onChange(shareAtPointer(event.clientY, rect.top, rect.height));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = shareAfterKey(share, event.key);
    if (next === null) return;
    event.preventDefault();
    onChange(next);
  };

  return (
    <div
      className="split-handle"
      role="separator"
      aria-orientation="horizontal"
      aria-label={t("customer360.split")}
      aria-valuenow={share}
      aria-valuemin={SHARE.min}
      aria-valuemax={SHARE.max}
      aria-valuetext={t("customer360.splitValue", { percent: share })}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
      }}
      onPointerMove={follow}
    />
  );
}
