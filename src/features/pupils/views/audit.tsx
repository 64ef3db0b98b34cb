/**
 * The audit trail, read-only: who viewed or changed what, and when. A search form (GET, so it
 * works without a script and a search can be bookmarked) by kind, action, person and dates, the
 * page's entries, and links to older and newer ones that keep the search.
 */
import type { AuditPage as Page, listAuditEntries } from "../service/audit-queries.js";
import type { ViewProps } from "./common.js";
import { OrganisationNav } from "./nav.js";
import { AuditTable } from "../../../web/components/audit-table.js";
import { ErrorSummary, Field, formFields, Select } from "../../../web/components/forms.js";
import { Problem } from "../../../web/components/problem.js";
import { wordsOf } from "../../../web/audit-detail.js";
import { auditActions, auditEntities } from "../../../audit/record.js";
import type { Translate } from "../../../web/i18n/index.js";
import type { FormState } from "../../../web/validation.js";
import { auditHref, type AuditFilter } from "../audit-filter.js";
import { auditDetail, inviteeWords } from "./audit-details.js";

type Entry = NonNullable<Awaited<ReturnType<typeof listAuditEntries>>>["entries"][number];

interface AuditPageProps extends ViewProps {
  /** The search as understood (every link keeps it); `form` has it as sent. */
  filter: AuditFilter;
  form: FormState;
  people: { id: string; name: string }[];
  /** Null when the address asked for nothing the trail has (the form says why). */
  page: Page<Entry> | null;
  /** What was wrong with the place to page from, if anything. */
  lost?: string | undefined;
  /** Whether this page was reached by paging, so the newest entries are a link away. */
  paged: boolean;
}

/**
 * An entry as the table says it: an invitation as sent ("create" is what invite.ts writes, and
 * "Toegevoegd" would say the person was added) to the person invited.
 */
function shown(t: Translate, entry: Entry): Entry {
  const { reference } = entry;
  if (reference?.kind !== "invitee") return entry;
  return { ...entry, action: "invite", subject: inviteeWords(t, reference) };
}

const searched = (filter: AuditFilter) => Object.values(filter).some(Boolean);

/** A select's choices: "any" first, then the codes by their words, capitalised as a choice is. */
function choices(t: Translate, prefix: string, codes: readonly string[]) {
  const options = codes
    .map((code) => ({ value: code, label: wordsOf(t, prefix, code) ?? code }))
    .map((o) => ({ ...o, label: o.label.charAt(0).toUpperCase() + o.label.slice(1) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return [{ value: "", label: t("pupils.audit.filter.any") }, ...options];
}

function SearchForm({ t, form, people }: Pick<AuditPageProps, "t" | "form" | "people">) {
  const field = formFields(form.values, form.errors);
  return (
    <form method="get" action="/organisation/audit" role="search" class="audit-search" novalidate>
      <Select
        {...field("entity")}
        label={t("pupils.audit.filter.entity")}
        options={choices(t, "pupils.audit.entity.", auditEntities)}
      />
      <Select
        {...field("action")}
        label={t("pupils.audit.filter.action")}
        options={choices(t, "pupils.audit.action.", auditActions)}
      />
      <Select
        {...field("person")}
        label={t("pupils.audit.filter.person")}
        options={[
          { value: "", label: t("pupils.audit.filter.anyone") },
          ...people.map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      <Field {...field("from")} type="date" label={t("pupils.audit.filter.from")} />
      <Field {...field("to")} type="date" label={t("pupils.audit.filter.to")} />
      <button type="submit">{t("pupils.audit.filter.submit")}</button>
    </form>
  );
}

/** Newer and older entries, each a link when there are any; the newest when paging found nothing. */
function PageLinks({ t, filter, page, paged }: Pick<AuditPageProps, "t" | "filter" | "paged"> & { page: Page<Entry> }) {
  const newer = page.newer
    ? auditHref(filter, { after: page.newer })
    : paged && !page.entries.length
      ? auditHref(filter)
      : null;
  const older = page.older ? auditHref(filter, { before: page.older }) : null;
  if (!newer && !older) return null;
  return (
    <nav class="pagination" aria-label={t("pupils.audit.pages")}>
      {newer ? <a href={newer}>{t("pupils.audit.newer")}</a> : null}
      {older ? <a href={older}>{t("pupils.audit.older")}</a> : null}
    </nav>
  );
}

export function AuditPage({ t, locale, filter, form, people, page, paged, lost }: AuditPageProps) {
  return (
    <>
      <OrganisationNav t={t} current="audit" showAudit />
      <h1>{t("pupils.audit.title")}</h1>
      <p>{t("pupils.audit.intro")}</p>
      <Problem message={lost} />
      {lost ? (
        <p>
          <a href={auditHref(filter)}>{t("pupils.audit.newest")}</a>
        </p>
      ) : null}
      <ErrorSummary t={t} errors={form.errors ?? {}} />
      <SearchForm t={t} form={form} people={people} />
      {page ? (
        <>
          <AuditTable
            t={t}
            locale={locale}
            entries={page.entries.map((e) => shown(t, e))}
            texts="pupils.audit"
            empty={searched(filter) || paged ? t("pupils.audit.noneFound") : undefined}
            nobody={t("pupils.audit.system")}
            more={[{ label: t("pupils.audit.detail"), cell: (e) => auditDetail(t, locale, e) }]}
          />
          <PageLinks t={t} filter={filter} page={page} paged={paged} />
        </>
      ) : null}
    </>
  );
}
