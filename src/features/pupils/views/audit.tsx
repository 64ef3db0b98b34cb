/** The audit trail, read-only: who viewed or changed which pupil, guardian or group, and when. */
import type { listAuditEntries } from "../service/audit-queries.js";
import type { ViewProps } from "./common.js";
import { OrganisationNav } from "./nav.js";
import { AuditTable } from "../../../web/components/audit-table.js";
import { auditDetail } from "./audit-details.js";

type Entry = Awaited<ReturnType<typeof listAuditEntries>>[number];

export function AuditPage({ t, locale, entries }: ViewProps & { entries: Entry[] }) {
  return (
    <>
      <OrganisationNav t={t} current="audit" showAudit />
      <h1>{t("pupils.audit.title")}</h1>
      <p>{t("pupils.audit.intro", { count: entries.length })}</p>
      <AuditTable
        t={t}
        locale={locale}
        entries={entries}
        texts="pupils.audit"
        nobody={t("pupils.audit.system")}
        more={[{ label: t("pupils.audit.detail"), cell: (e) => auditDetail(t, locale, e) }]}
      />
    </>
  );
}
