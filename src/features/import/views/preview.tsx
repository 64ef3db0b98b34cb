/** Step 3: what the import would change, and every row it cannot import, before anything is saved. */
import { fullName } from "../../../lib/names.js";
import { Form } from "../../../web/components/forms.js";
import type { Translate } from "../../../web/i18n/index.js";
import type { Preview } from "../service.js";
import type { PupilChange } from "../plan.js";
import { fieldLabel } from "../labels.js";
import { columnsPath, confirmPath, Counts, importPath } from "./shared.js";
import { type Column, DataTable } from "../../../web/components/data-table.js";
import { GroupChoices, namesToChoose } from "./group-choices.js";
import { Section } from "../../../web/components/section.js";

/** A file full of errors would make a page of megabytes; the first rows show what to fix. */
const MAX_LISTED = 500;

interface PreviewProps {
  t: Translate;
  csrf: string;
  preview: Preview;
  /** What was chosen per new group name, when the form came back undecided. */
  chosen?: ReadonlyMap<string, string>;
}

export function PreviewPage({ t, csrf, preview, chosen }: PreviewProps) {
  const { plan, schoolYear } = preview;
  return (
    <section>
      <h1>{t("import.preview.title")}</h1>
      <p>{t("import.preview.file", { name: preview.upload.fileName, rows: preview.rowCount })}</p>
      {preview.rejected.length > 0 ? <Rejected t={t} preview={preview} /> : null}
      <p class={schoolYear ? undefined : "notice"}>
        {schoolYear ? t("import.preview.schoolYear", { year: schoolYear.name }) : t("import.preview.noSchoolYear")}
      </p>
      <h2>{t(preview.rejected.length > 0 ? "import.preview.summaryBlocked" : "import.preview.summary")}</h2>
      <Counts t={t} counts={plan.counts} />
      {plan.groups.create.length > 0 ? (
        <p>{t("import.preview.groups", { names: plan.groups.create.join(", ") })}</p>
      ) : null}
      {plan.groups.mapped.map(({ from, to }) => (
        <p>{t("import.preview.mapped", { from, to })}</p>
      ))}
      {changesNothing(preview) ? <p>{t("import.preview.nothing")}</p> : null}
      {plan.pupils.update.length > 0 ? <Updates t={t} preview={preview} /> : null}
      {preview.warnings.length > 0 ? <Warnings t={t} preview={preview} /> : null}
      <p>{t("import.preview.accounts")}</p>
      {preview.canConfirm ? (
        <Form action={confirmPath(preview.upload.id)} csrf={csrf}>
          {namesToChoose(plan.groups).length > 0 ? <GroupChoices t={t} groups={plan.groups} chosen={chosen} /> : null}
          <button type="submit">{t("import.preview.confirm")}</button>
        </Form>
      ) : null}
      <p class="actions">
        <a href={importPath}>{t("import.preview.otherFile")}</a>
        <a href={columnsPath(preview.upload.id)}>{t("import.preview.editColumns")}</a>
      </p>
    </section>
  );
}

function changesNothing({ plan: { counts }, rejected }: Preview): boolean {
  const changes = counts.pupilsToCreate + counts.pupilsToUpdate + counts.guardiansToCreate + counts.guardiansToUpdate;
  return changes + counts.groupsToCreate + counts.linksToAdd === 0 && rejected.length === 0;
}

/** The first MAX_LISTED rows as a table, and how many more there are. */
function Capped<Row>({
  t,
  caption,
  rows,
  columns,
}: {
  t: Translate;
  caption: string;
  rows: readonly Row[];
  columns: Column<Row>[];
}) {
  return (
    <>
      <DataTable t={t} caption={caption} rows={rows.slice(0, MAX_LISTED)} columns={columns} />
      {rows.length > MAX_LISTED ? <p>{t("import.preview.more", { count: rows.length - MAX_LISTED })}</p> : null}
    </>
  );
}

function Rejected({ t, preview }: { t: Translate; preview: Preview }) {
  const rows = preview.rejected;
  return (
    <Section
      id="rejected-title"
      title={t("import.preview.rejected.title", { count: rows.length })}
      class="error-summary"
    >
      <p>{t("import.preview.rejected.body")}</p>
      <Capped
        t={t}
        caption={t("import.preview.rejected.caption")}
        rows={rows}
        columns={[
          { label: t("import.preview.row"), cell: (row) => row.row },
          { label: t("import.preview.reasons"), cell: (row) => row.reasons.map((reason) => t(reason)).join(" ") },
        ]}
      />
    </Section>
  );
}

function describeChange(t: Translate, change: PupilChange): string {
  const empty = t("import.preview.empty");
  return t("import.preview.change", {
    field: fieldLabel(t, change.field),
    from: change.from ?? empty,
    to: change.to ?? empty,
  });
}

function Updates({ t, preview }: { t: Translate; preview: Preview }) {
  return (
    <Capped
      t={t}
      caption={t("import.preview.updates.caption")}
      rows={preview.plan.pupils.update}
      columns={[
        { label: t("import.preview.row"), cell: (u) => u.row },
        { label: t("import.preview.pupilNumber"), cell: (u) => u.pupil.pupilNumber },
        { label: t("import.preview.name"), cell: (u) => fullName(u.pupil) },
        {
          label: t("import.preview.changes"),
          cell: (u) => u.changes.map((change) => describeChange(t, change)).join("; "),
        },
      ]}
    />
  );
}

function Warnings({ t, preview }: { t: Translate; preview: Preview }) {
  return (
    <Capped
      t={t}
      caption={t("import.preview.warnings.caption")}
      rows={preview.warnings}
      columns={[
        { label: t("import.preview.row"), cell: (row) => row.row },
        { label: t("import.preview.warning"), cell: (row) => row.warnings.map((warning) => t(warning)).join(" ") },
      ]}
    />
  );
}
