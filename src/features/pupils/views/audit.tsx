/** The audit trail, read-only: who viewed or changed which pupil, guardian or group, and when. */
import { isMessageKey } from "../../../web/i18n/index.js";
import type { listAuditEntries } from "../service/audit-queries.js";
import type { ViewProps } from "./common.js";
import { formatTimestamp } from "../../../lib/time/format.js";
import { OrganisationNav } from "./nav.js";
import { DataTable } from "../../../web/components/data-table.js";

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
      {/* Nothing in this table takes focus: the region does, so keyboard users can scroll it on a phone. */}
      <DataTable
        t={t}
        caption={t("pupils.audit.caption")}
        empty={t("pupils.audit.none")}
        rows={entries}
        rowHeader={false}
        columns={[
          { label: t("pupils.audit.when"), cell: (e) => formatTimestamp(locale, e.at) },
          { label: t("pupils.audit.who"), cell: (e) => e.who ?? t("pupils.audit.system") },
          {
            label: t("pupils.audit.what"),
            cell: (e) => `${label("pupils.audit.action.", e.action)} · ${label("pupils.audit.entity.", e.entity)}`,
          },
          { label: t("pupils.audit.subject"), cell: (e) => e.subject ?? "—" },
          { label: t("pupils.audit.detail"), cell: (e) => label("pupils.audit.detail.", e.detail) },
        ]}
      />
    </>
  );
}
