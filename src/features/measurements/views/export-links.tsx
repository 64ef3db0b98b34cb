/** The downloads on the results page: the report, the results as tables, and the anonymous answers. */
import type { MessageKey, Translate } from "../../../web/i18n/index.js";

const FILES: [file: string, label: MessageKey][] = [
  ["report.pdf", "measure.export.pdf"],
  ["results.csv", "measure.export.resultsCsv"],
  ["results.xlsx", "measure.export.resultsXlsx"],
  ["responses.csv", "measure.export.responsesCsv"],
  ["responses.xlsx", "measure.export.responsesXlsx"],
];

export function ExportLinks({ t, measurementId }: { t: Translate; measurementId: string }) {
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t("measure.export.title")}</h2>
      <p>{t("measure.export.intro")}</p>
      <ul class="export-links">
        {FILES.map(([file, label]) => (
          <li>
            <a href={`/organisation/measurements/${measurementId}/export/${file}`} download>
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
      <p>{t("measure.export.responsesNote")}</p>
    </section>
  );
}
