import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { ErrorNote } from "../../ui/error-note.tsx";

/** Read-only: which systems the 360 asks live; set on the server, so there is nothing to change here. */
export function LiveSources() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const live = useQuery(trpc.holdings.liveSources.queryOptions());
  return (
    <section className="integrations-live" aria-labelledby="integrations-live-title">
      <h3 id="integrations-live-title">{t("integrations.live.title")}</h3>
      {live.error ? <ErrorNote error={live.error} /> : null}
      {live.data ? (
        <p>
          {live.data.sources.length > 0
            ? t("integrations.live.configured", { sources: live.data.sources.join(", ") })
            : t("integrations.live.none")}{" "}
          <span className="muted small-text">{t("integrations.live.note")}</span>
        </p>
      ) : null}
    </section>
  );
}
