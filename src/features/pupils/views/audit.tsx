/** The audit trail, read-only: who viewed or changed which pupil, guardian or group, and when. */
import { isMessageKey } from "../../../web/i18n/index.js";
import type { listAuditEntries } from "../service/audit-queries.js";
import type { ViewProps } from "./common.js";
import { formatTimestamp } from "../../../lib/time/format.js";
import { OrganisationNav } from "./nav.js";
import { ScrollTable } from "../../../web/components/scroll-table.js";

type Entry = Awaited<ReturnType<typeof listAuditEntries>>[number];

export function AuditPage({ t, locale, entries }: ViewProps & { entries: Entry[] }) {
  // Known codes get words; other text (from other features) is shown as written.
  const label = (prefix: string, code: string | null) => {
    const key = `${prefix}${code ?? ""}`;
    return isMessageKey(key) ? t(key) : (code ?? "");
  };
  return (
    <>
      <OrganisationNav t={t} current="audit" showAudit />
      <h1>{t("pupils.audit.title")}</h1>
      <p>{t("pupils.audit.intro", { count: entries.length })}</p>
      {entries.length ? (
        // Nothing in this table takes focus: the region does, so keyboard users can scroll it on a phone.
        <ScrollTable t={t} caption={t("pupils.audit.caption")}>
          <thead>
            <tr>
              <th scope="col">{t("pupils.audit.when")}</th>
              <th scope="col">{t("pupils.audit.who")}</th>
              <th scope="col">{t("pupils.audit.what")}</th>
              <th scope="col">{t("pupils.audit.subject")}</th>
              <th scope="col">{t("pupils.audit.detail")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr>
                <td>{formatTimestamp(locale, e.at)}</td>
                <td>{e.who ?? t("pupils.audit.system")}</td>
                <td>
                  {label("pupils.audit.action.", e.action)} · {label("pupils.audit.entity.", e.entity)}
                </td>
                <td>{e.subject ?? "—"}</td>
                <td>{label("pupils.audit.detail.", e.detail)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <p>{t("pupils.audit.none")}</p>
      )}
    </>
  );
}
