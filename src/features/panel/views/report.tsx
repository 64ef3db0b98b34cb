/**
 * A published report: per question a bar chart drawn on the server as SVG (each cell a stacked
 * bar of the five answers, "don't know" left out) with the same figures as a table beside it for
 * anyone who cannot see the chart; the list of reports by year, and a year's reports side by side.
 */
import { DataTable } from "../../../web/components/data-table.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { formatTimestamp } from "../../../lib/time/format.js";
import type { QuestionFigure } from "../domain/figures.js";
import type { Report } from "../service/report.js";
import { schoolTypeName } from "../domain/profile.js";
import { Section } from "../../../web/components/section.js";

/** Five colours from "not at all" to "completely", told apart also by their order and the table. */
export const ANSWER_COLOURS = ["#b2182b", "#ef8a62", "#bababa", "#67a9cf", "#2166ac"] as const;

const percent = (locale: Locale, share: number | null) =>
  share === null ? "–" : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share);
const decimal = (locale: Locale, value: number | null) =>
  value === null
    ? "–"
    : new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);

export function cellName(t: Translate, id: string): string {
  return id === "all" ? t("panel.report.all") : schoolTypeName(t, id);
}

export function scaleLabels(t: Translate): string[] {
  return [1, 2, 3, 4, 5].map((v) => t(`panel.report.scale${v as 1 | 2 | 3 | 4 | 5}`));
}

const FONT_SIZE = 14;
/** A generous width per character (sans-serif glyphs average about 0.55 em), so no label is cut. */
const CHARACTER_WIDTH = 0.62 * FONT_SIZE;
const MIN_WIDTH = 360;
const LABEL_HEIGHT = FONT_SIZE + 6;
const BAR_HEIGHT = 18;
const ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + 10;

/**
 * One question's chart: a row per cell, its label above its bar split by answer. Labels above
 * the bars keep the bars full width on a phone, and the drawing is as wide as its longest label.
 */
export function QuestionChart(props: { t: Translate; title: string; cells: { id: string; figure: QuestionFigure }[] }) {
  const { t } = props;
  const rows = props.cells.map((cell) => ({ label: `${cellName(t, cell.id)} (n=${cell.figure.n})`, cell }));
  const width = Math.max(MIN_WIDTH, ...rows.map((row) => Math.ceil(row.label.length * CHARACTER_WIDTH)));
  const height = rows.length * ROW_HEIGHT;
  return (
    <>
      <svg
        class="panel-chart"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={t("panel.report.chartLabel", { question: props.title })}
      >
        {rows.map(({ label, cell }, row) => {
          let x = 0;
          const y = row * ROW_HEIGHT;
          return (
            <g>
              <text x={0} y={y + FONT_SIZE} font-size={FONT_SIZE} fill="#1d1f24">
                {label}
              </text>
              {cell.figure.values.map((count, i) => {
                const w = cell.figure.n ? (count / cell.figure.n) * width : 0;
                const rect = <rect x={x} y={y + LABEL_HEIGHT} width={w} height={BAR_HEIGHT} fill={ANSWER_COLOURS[i]} />;
                x += w;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <AnswerLegend t={t} />
    </>
  );
}

/** The answers' colours as text that wraps on any screen, beside the drawing rather than in it. */
function AnswerLegend({ t }: { t: Translate }) {
  return (
    <ul class="radar-legend">
      {scaleLabels(t).map((label, i) => (
        <li>
          <svg class="radar-swatch" viewBox="0 0 10 10" aria-hidden="true">
            <rect width="10" height="10" fill={ANSWER_COLOURS[i]} />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}

function FigureTable(props: {
  t: Translate;
  locale: Locale;
  caption: string;
  cells: { id: string; figure: QuestionFigure }[];
}) {
  const { t, locale } = props;
  const labels = scaleLabels(t);
  return (
    <DataTable
      t={t}
      caption={props.caption}
      rows={props.cells}
      columns={[
        { label: t("panel.report.group"), cell: (c) => cellName(t, c.id) },
        { label: "n", cell: (c) => String(c.figure.n) },
        ...labels.map((label, i) => ({ label, cell: (c: { figure: QuestionFigure }) => String(c.figure.values[i]) })),
        { label: t("panel.report.dontKnow"), cell: (c) => String(c.figure.dontKnow) },
        { label: t("panel.report.positive"), cell: (c) => percent(locale, c.figure.positive) },
        { label: t("panel.report.mean"), cell: (c) => decimal(locale, c.figure.mean) },
      ]}
    />
  );
}

export function ReportPage(props: { t: Translate; locale: Locale; report: Report; pdfHref: string | null }) {
  const { t, locale, report } = props;
  const survey = report.survey;
  return (
    <section>
      <p>
        <a href={survey.year ? `/panel/rapporten?jaar=${survey.year}` : "/panel/rapporten"}>
          {t("panel.report.all.link")}
        </a>
      </p>
      <h1>{survey.title[locale]}</h1>
      {survey.publishedAt ? (
        <p class="muted">{t("panel.report.published", { date: formatTimestamp(locale, survey.publishedAt) })}</p>
      ) : null}
      <p class="lead">{survey.intro[locale]}</p>
      <p>{t("panel.report.response", { respondents: report.respondents, invited: report.invited })}</p>
      <p class="hint">{t("panel.report.threshold", { threshold: survey.threshold })}</p>
      {props.pdfHref ? (
        <p>
          <a href={props.pdfHref} download>
            {t("panel.report.pdf")}
          </a>
        </p>
      ) : null}
      {!report.shown ? (
        <p class="notice">{t("panel.report.tooFew", { threshold: survey.threshold })}</p>
      ) : (
        survey.questions.map((question, index) => {
          const cells = report.cells.map((cell) => ({ id: cell.id, figure: report.figures[question.id]![cell.id]! }));
          const title = question.text[locale];
          return (
            <Section id={`question-${question.id}`} title={`${index + 1}. ${title}`} class="panel-question">
              <QuestionChart t={t} title={title} cells={cells} />
              <FigureTable
                t={t}
                locale={locale}
                caption={t("panel.report.tableCaption", { question: title })}
                cells={cells}
              />
            </Section>
          );
        })
      )}
    </section>
  );
}

export function ReportsPage(props: {
  t: Translate;
  locale: Locale;
  years: number[];
  year: number | null;
  reports: Report[];
}) {
  const { t, locale } = props;
  return (
    <section>
      <h1>{t("panel.reports.title")}</h1>
      <p class="lead">{t("panel.reports.intro")}</p>
      {props.years.length === 0 ? <p>{t("panel.reports.none")}</p> : null}
      {props.years.length ? (
        <nav aria-label={t("panel.reports.years")}>
          <ul>
            {props.years.map((year) => (
              <li>
                <a href={`/panel/rapporten?jaar=${year}`} aria-current={year === props.year ? "page" : undefined}>
                  {t("panel.reports.year", { year })}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {props.year !== null ? <h2>{t("panel.reports.year", { year: props.year })}</h2> : null}
      <ul class="cards panel-side-by-side">
        {props.reports.map((report) => (
          <li class="card">
            <h3>
              <a href={`/panel/rapporten/${report.survey.id}`}>{report.survey.title[locale]}</a>
            </h3>
            <p>{t("panel.report.response", { respondents: report.respondents, invited: report.invited })}</p>
            {report.shown ? (
              <DataTable
                t={t}
                caption={t("panel.reports.positiveCaption")}
                rows={report.survey.questions}
                columns={[
                  { label: t("panel.reports.question"), cell: (q) => q.text[locale] },
                  {
                    label: t("panel.report.positive"),
                    cell: (q) => percent(locale, report.figures[q.id]!["all"]!.positive),
                  },
                ]}
              />
            ) : (
              <p>{t("panel.report.tooFew", { threshold: report.survey.threshold })}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
