/** Perception differences (large ones tinted) and the suggested priorities, as on the web page. */
import { formatMean, groupLabel } from "../../views/labels.js";
import type { ReportContext } from "./context.js";
import { heading, paragraph, type Doc } from "../../../../lib/pdf/layout.js";
import { drawTable } from "./table.js";
import { perceptionAsked } from "../../domain/perception.js";

export function perceptionSection(doc: Doc, { t, locale, view, domainName }: ReportContext): void {
  if (!perceptionAsked(view.asked)) return;
  heading(doc, t("measure.results.perception.title"), 16);
  paragraph(doc, t("measure.results.perception.intro"));
  const differences = view.results.perception;
  if (differences.length === 0) return paragraph(doc, t("measure.results.perception.none"));
  drawTable(
    doc,
    [
      { header: t("measure.results.domain"), share: 0.4 },
      { header: t("measure.results.perception.compared"), share: 0.3 },
      { header: t("measure.results.perception.difference"), share: 0.3, align: "right" },
    ],
    differences.map((d) => ({
      cells: [
        domainName(d.domain),
        groupLabel(t, d.groups[1]),
        formatMean(d.current, locale, true) + (d.large ? ` (${t("measure.results.perception.large")})` : ""),
      ],
      highlight: d.large,
    })),
  );
}

export function prioritySection(doc: Doc, { t, locale, view, domainName }: ReportContext): void {
  const { domains, differences } = view.priorities;
  const large = differences.filter((d) => d.large);
  heading(doc, t("measure.results.priorities.title"), 16);
  paragraph(doc, t("measure.results.priorities.intro"));
  if (domains.length === 0 && large.length === 0) return paragraph(doc, t("measure.results.priorities.none"));
  domains.forEach((gap, index) => {
    const line = t("measure.results.priorities.domain", {
      domain: domainName(gap.domain),
      group: groupLabel(t, gap.group).toLowerCase(),
      current: formatMean(gap.current, locale),
      desired: formatMean(gap.desired, locale),
    });
    paragraph(doc, `${index + 1}. ${line}`);
  });
  for (const d of large) {
    const line = t("measure.results.priorities.difference", {
      domain: domainName(d.domain),
      group: groupLabel(t, d.groups[1]).toLowerCase(),
      difference: formatMean(d.current, locale, true),
    });
    paragraph(doc, `• ${line}`);
  }
}
