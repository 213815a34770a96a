import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../ui/format.ts";
import type { IntegrationKey } from "./integration-types.ts";
import type { KeyGroup } from "./key-groups.ts";

/** One source system's keys: who made each and when, when it was last used, and who revoked it. */
export function KeyTable({ group, onRevoke }: { group: KeyGroup; onRevoke: (key: IntegrationKey) => void }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const headingId = `integrations-source-${group.sourceSystem}`;
  return (
    <section className="integrations-source" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t("integrations.sourceHeading", { source: group.sourceSystem })}{" "}
        <span className="muted small-text">{t("integrations.keyCount", { count: group.activeCount })}</span>
      </h3>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{t("integrations.columns.name")}</th>
            <th scope="col">{t("integrations.columns.created")}</th>
            <th scope="col">{t("integrations.columns.lastUsed")}</th>
            <th scope="col">{t("integrations.columns.state")}</th>
            <th scope="col">{t("integrations.columns.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {group.keys.map((key) => (
            <tr key={key.id} className={key.revokedAt ? "admin-row-inactive" : undefined}>
              <th scope="row">{key.name}</th>
              <td>
                <div>{when(key.createdAt)}</div>
                {key.createdByName ? (
                  <div className="muted small-text">
                    {t("integrations.createdBy", { name: key.createdByName })}
                  </div>
                ) : null}
              </td>
              <td>
                {key.lastUsedAt ? (
                  when(key.lastUsedAt)
                ) : (
                  <span className="muted">{t("integrations.neverUsed")}</span>
                )}
              </td>
              <td>
                {key.revokedAt ? (
                  <>
                    <span className="admin-badge admin-badge-off">{t("integrations.revoked")}</span>
                    <div className="small-text">
                      {t("integrations.revokedAt", { date: when(key.revokedAt) })}
                    </div>
                    {key.revokedByName ? (
                      <div className="muted small-text">
                        {t("integrations.revokedBy", { name: key.revokedByName })}
                      </div>
                    ) : null}
                  </>
                ) : (
                  <span className="admin-badge admin-badge-ok">{t("integrations.active")}</span>
                )}
              </td>
              <td>
                {key.revokedAt ? null : (
                  <div
                    className="admin-row-actions"
                    role="group"
                    aria-label={t("integrations.actionsFor", { name: key.name })}
                  >
                    <button type="button" onClick={() => onRevoke(key)}>
                      {t("integrations.revoke")}
                    </button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
