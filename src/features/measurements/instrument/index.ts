/** The instruments by version. A measurement stores the version it used and is always scored with it. */
import type { DomainId, Instrument } from "../domain/instrument.js";
import { pickText } from "../domain/text.js";
import { instrumentV1 } from "./v1.js";

const instruments: ReadonlyMap<number, Instrument> = new Map([[instrumentV1.version, instrumentV1]]);

/** The instrument new measurements use. */
export const currentInstrument = instrumentV1;

export function instrumentByVersion(version: number): Instrument {
  const instrument = instruments.get(version);
  if (!instrument) throw new Error(`No instrument version ${version}`);
  return instrument;
}

/** A domain's name in the current instrument, in this language (Dutch when not translated). */
export function domainName(domain: DomainId, language: string): string {
  return pickText(currentInstrument.domains.find((d) => d.id === domain)!.name, language).text;
}
