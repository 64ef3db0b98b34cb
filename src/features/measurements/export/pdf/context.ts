/** What every section of the report reads: the page's results and the words to show them in. */
import type { Locale, Translate } from "../../../../web/i18n/index.js";
import type { DomainId, Instrument } from "../../domain/instrument.js";
import { pickText } from "../../domain/text.js";
import type { ReportFacts } from "../../service/exports.js";
import type { ResultsView } from "../../service/results.js";
import { itemTexts } from "../results-table.js";

export interface ReportInput {
  t: Translate;
  locale: Locale;
  view: ResultsView;
  instrument: Instrument;
  facts: ReportFacts;
}

export interface ReportContext extends ReportInput {
  domainName(domain: DomainId): string;
  itemText(itemId: string): string;
}

export function reportContext(input: ReportInput): ReportContext {
  const texts = itemTexts(input.instrument, input.facts.extras, input.locale);
  return {
    ...input,
    domainName: (id) => pickText(input.instrument.domains.find((d) => d.id === id)!.name, input.locale).text,
    itemText: (id) => texts.get(id) ?? id,
  };
}
