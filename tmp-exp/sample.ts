import { writeFileSync } from "node:fs";
import { measurementResults } from "../src/features/measurements/domain/results.js";
import { suggestPriorities } from "../src/features/measurements/domain/priorities.js";
import { currentInstrument } from "../src/features/measurements/instrument/index.js";
import { questionPages } from "../src/features/measurements/questionnaire.js";
import { reportPdf } from "../src/features/measurements/export/pdf/report.js";
import { translator } from "../src/web/i18n/index.js";
const instrument = currentInstrument;
const responses = [];
for (const [group, n, lean] of [["team", 20, 4], ["parents", 30, 2.5], ["pupils", 3, 3]] as const) {
  for (let i = 0; i < n; i++) {
    const answers: Record<string, { current?: number | null; desired?: number | null }> = {};
    for (const page of questionPages(instrument, group)) for (const item of page.items) {
      const c = Math.max(1, Math.min(5, Math.round(lean + (Math.random() - 0.5) * 3)));
      answers[item.id] = page.desired ? { current: c, desired: Math.min(5, c + 1) } : { current: c };
    }
    responses.push({ group, answers });
  }
}
const results = measurementResults({ instrument, threshold: 5, responses });
const view = { title: "Nulmeting 2026", kind: "baseline" as const, results, priorities: suggestPriorities(results), groupNames: new Map(), asked: ["team", "parents", "pupils"] as const, benchmark: [] };
const locale = (process.argv[2] ?? "nl") as "nl" | "en";
const pdf = await reportPdf({ t: translator(locale), locale, view: view as never, instrument, facts: { organisation: "Basisschool De Linde", opensAt: new Date("2026-03-01"), closesAt: new Date("2026-03-15"), extras: [] } });
writeFileSync(`/tmp/expbench/sample-${locale}.pdf`, pdf);
console.log(pdf.length);
