/**
 * The workspace page: one row per guided organisation, most in need of attention first. The
 * table scrolls sideways on a phone (DataTable). The ways into an organisation's own pages are
 * buttons, because opening another organisation switches the session's organisation (POST
 * /home/organisation), which a link must not do: four forms on the page, one per page to open, and
 * each row's buttons post one of them with the row's organisation.
 */
import type { Child } from "hono/jsx";
import { formatDate } from "../../../lib/time/format.js";
import { lastDay } from "../../../lib/time/school-date.js";
import { DataTable } from "../../../web/components/data-table.js";
import { CsrfField } from "../../../web/components/forms.js";
import type { Locale, MessageKey, Translate } from "../../../web/i18n/index.js";
import { formatMean, thermometerGroups, type Thermometer, type ThermometerGroup } from "../../measurements/index.js";
import { percentDone } from "../../plan/index.js";
import type { GuidedOrganisation } from "../service/workspace.js";

interface Props {
  t: Translate;
  locale: Locale;
  csrf: string;
  rows: GuidedOrganisation[];
}

type Cell = (p: Omit<Props, "rows"> & { row: GuidedOrganisation }) => Child;

const Attention: Cell = ({ t, locale, row }) => {
  const { reason } = row.attention;
  const date = formatDate(locale, row.state?.finalDueOn ?? null);
  return (
    <>
      <span>{row.orgName}</span>
      <br />
      <span class="muted">{t(`advisor.attention.${reason}`, { date })}</span>
    </>
  );
};

const Overdue: Cell = ({ t, locale, row }) => {
  const state = row.state;
  if (!state || row.overdue === 0) return t("advisor.overdue.none");
  const finalOverdue = state.steps.some((s) => s.overdue);
  const actions = row.plan?.progress.overdue ?? 0;
  const lines = [
    finalOverdue ? t("advisor.overdue.final", { date: formatDate(locale, state.finalDueOn) }) : null,
    state.overdueSessions ? t("advisor.overdue.sessions", { n: state.overdueSessions }) : null,
    actions ? t("advisor.overdue.actions", { n: actions }) : null,
  ].filter((line): line is string => line !== null);
  return <Lines lines={lines} />;
};

function thermometerLine(t: Translate, locale: Locale, thermometer: Thermometer, group: ThermometerGroup) {
  const name = t(`advisor.thermometer.group.${group}`);
  const mean = thermometer.latest?.means[group] ?? null;
  if (mean === null) return t("advisor.thermometer.hidden", { group: name });
  const before = thermometer.previous?.means[group] ?? null;
  const shown = formatMean(mean, locale);
  if (before === null) return t("advisor.thermometer.figure", { group: name, mean: shown });
  return t("advisor.thermometer.change", { group: name, mean: shown, change: formatMean(mean - before, locale, true) });
}

const ThermometerCell: Cell = ({ t, locale, row }) => {
  const latest = row.thermometer?.latest;
  if (!row.thermometer || !latest) return t("advisor.thermometer.none");
  const about = t("advisor.thermometer.measurement", {
    title: latest.title,
    date: formatDate(locale, lastDay(latest.closesAt)),
  });
  const thermometer = row.thermometer;
  return <Lines lines={[...thermometerGroups.map((g) => thermometerLine(t, locale, thermometer, g)), about]} />;
};

const Plan: Cell = ({ t, row }) => {
  if (!row.plan) return t("advisor.plan.none");
  const { progress, firstPublishedOn } = row.plan;
  const standing = t(firstPublishedOn ? "advisor.plan.published" : "advisor.plan.draft");
  const figure =
    progress.total === 0
      ? t("advisor.plan.noActions")
      : t("advisor.plan.progress", { done: progress.done, total: progress.total, percent: percentDone(progress) ?? 0 });
  return <Lines lines={[figure, standing]} />;
};

const Sessions: Cell = ({ t, locale, row }) =>
  row.upcoming.length ? (
    <Lines
      lines={row.upcoming.map((s) =>
        t("advisor.sessions.item", { date: formatDate(locale, s.heldOn), topic: s.topic }),
      )}
    />
  ) : (
    t("advisor.sessions.none")
  );

const pages: { next: string; label: MessageKey; form: string }[] = [
  { next: "/trajectory", label: "advisor.open.trajectory", form: "open-trajectory" },
  { next: "/plan", label: "advisor.open.plan", form: "open-plan" },
  { next: "/organisation/measurements", label: "advisor.open.measurements", form: "open-measurements" },
  { next: "/advisor/notes", label: "advisor.open.notes", form: "open-notes" },
];

/**
 * The buttons' texts, translated once per page. The accessible name ("Traject van <school>") is
 * filled once per page too, around a marker that each row replaces with its organisation's name.
 */
const ORG = "\u0000";
const openLabels = (t: Translate) =>
  pages.map((page) => {
    const text = t(page.label);
    const [before = "", after = ""] = t("advisor.open.label", { page: text, org: ORG }).split(ORG);
    return { ...page, text, before, after };
  });

/**
 * One form per page (not per row) for each of the four pages: it carries the CSRF token and where
 * to go next; each row's button names it (`form`) and sends the organisation's id. Without
 * JavaScript the button posts its form as a button inside it would.
 */
const OpenForms = ({ csrf, labels }: { csrf: string; labels: ReturnType<typeof openLabels> }) => (
  <>
    {labels.map((page) => (
      <form method="post" action="/home/organisation" id={page.form} hidden>
        <CsrfField token={csrf} once={false} />
        <input type="hidden" name="next" value={page.next} />
      </form>
    ))}
  </>
);

const Open = ({ row, labels }: { row: GuidedOrganisation; labels: ReturnType<typeof openLabels> }) => (
  <div class="actions">
    {labels.map((page) => (
      <button
        type="submit"
        form={page.form}
        class="link-button"
        name="orgId"
        value={row.orgId}
        aria-label={page.before + row.orgName + page.after}
      >
        {page.text}
      </button>
    ))}
  </div>
);

function Lines({ lines }: { lines: string[] }) {
  return (
    <>
      {lines.map((line, i) => (
        <>
          {i > 0 ? <br /> : null}
          {line}
        </>
      ))}
    </>
  );
}

export function WorkspacePage(props: Props) {
  const { t, rows } = props;
  const cell = (render: Cell) => (row: GuidedOrganisation) => render({ ...props, row });
  const labels = openLabels(t);
  return (
    <>
      <h1>{t("advisor.title")}</h1>
      <p>{t("advisor.intro")}</p>
      {rows.length ? <OpenForms csrf={props.csrf} labels={labels} /> : null}
      <DataTable
        t={t}
        caption={t("advisor.caption", { n: rows.length })}
        stack
        empty={t("advisor.none")}
        rows={rows}
        columns={[
          { label: t("advisor.col.organisation"), cell: cell(Attention) },
          {
            label: t("advisor.col.phase"),
            cell: (row) => (row.state ? t(`trajectory.phase.${row.state.phase}`) : t("advisor.noPhase")),
          },
          { label: t("advisor.col.overdue"), cell: cell(Overdue) },
          { label: t("advisor.col.thermometer"), cell: cell(ThermometerCell) },
          { label: t("advisor.col.plan"), cell: cell(Plan) },
          { label: t("advisor.col.sessions"), cell: cell(Sessions) },
          { label: t("advisor.col.open"), cell: (row) => Open({ row, labels }) },
        ]}
      />
    </>
  );
}
