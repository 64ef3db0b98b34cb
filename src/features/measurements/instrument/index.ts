/** The instruments by version. A measurement stores the version it used and is always scored with it. */
import type { Instrument } from "../domain/instrument.js";
import { instrumentV1 } from "./v1.js";

const instruments: ReadonlyMap<number, Instrument> = new Map([[instrumentV1.version, instrumentV1]]);

/** The instrument new measurements use. */
export const currentInstrument = instrumentV1;

export function instrumentByVersion(version: number): Instrument {
  const instrument = instruments.get(version);
  if (!instrument) throw new Error(`No instrument version ${version}`);
  return instrument;
}
