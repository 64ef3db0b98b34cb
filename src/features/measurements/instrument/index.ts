/** The instruments by version. A measurement stores the version it used and is always scored with it. */
import type { DomainId, Instrument } from "../domain/instrument.js";
import { pickText } from "../domain/text.js";
import type { Wording } from "../../../web/i18n/index.js";
import { instrumentV1 } from "./v1.js";
import { childcareTexts } from "./v1/childcare.js";
import { wordedInstrument } from "./worded.js";

/** Per wording, the instruments by version: a preschool or daycare reads the same items in its own words. */
const instruments: Readonly<Record<Wording, ReadonlyMap<number, Instrument>>> = {
  school: new Map([[instrumentV1.version, instrumentV1]]),
  childcare: new Map([[instrumentV1.version, wordedInstrument(instrumentV1, childcareTexts)]]),
};

/** The instrument new measurements use. */
export const currentInstrument = instrumentV1;

/** The instrument of this version, in these words (a school's unless said otherwise). */
export function instrumentByVersion(version: number, wording: Wording = "school"): Instrument {
  const instrument = instruments[wording].get(version);
  if (!instrument) throw new Error(`No instrument version ${version}`);
  return instrument;
}

/** A domain's name in the current instrument, in this language (Dutch when not translated). */
export function domainName(domain: DomainId, language: string): string {
  return pickText(currentInstrument.domains.find((d) => d.id === domain)!.name, language).text;
}
