/** The downloads on the results page: the report, the results as tables, and (for those who run it) the anonymous answers. */
import type { MessageKey, Translate } from "../../../web/i18n/index.js";
import { Section } from "../../../web/components/section.js";

const RESULTS: [file: string, label: MessageKey][] = [
  ["report.pdf", "measure.export.pdf"],
  ["results.csv", "measure.export.resultsCsv"],
  ["results.xlsx", "measure.export.resultsXlsx"],
];
const RESPONSES: [file: string, label: MessageKey][] = [
  ["responses.csv", "measure.export.responsesCsv"],
  ["responses.xlsx", "measure.export.responsesXlsx"],
];

interface ExportLinksProps {
  t: Translate;
  measurementId: string;
  responses: boolean;
}

export function ExportLinks({ t, measurementId, responses }: ExportLinksProps) {
  const files = responses ? [...RESULTS, ...RESPONSES] : RESULTS;
  return (
    <Section id="export-title" title={t("measure.export.title")}>
      <p>{t("measure.export.intro")}</p>
      <ul class="export-links">
        {files.map(([file, label]) => (
          <li>
            <a href={`/organisation/measurements/${measurementId}/export/${file}`} download>
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
      {responses ? <p>{t("measure.export.responsesNote")}</p> : null}
    </Section>
  );
}
