/**
 * Opening the sealed ballots when a measurement closes. Closing must never fail
 * forever because of what one ballot holds: each opened ballot is checked
 * against the shape sealing writes and its text is cleaned (control characters,
 * which PostgreSQL refuses in jsonb, could be sealed before input was cleaned;
 * src/web/text.ts). A ballot that cannot be opened or has another shape counts
 * nowhere (it cannot be a respondent's answers); when not one ballot opens, the
 * key is wrong and closing stops, so that nothing is thrown away.
 */
import { z } from "zod";
import { cleanJson } from "../../../web/text.js";
import { respondentGroups } from "../domain/instrument.js";
import type { Ballot } from "./answering.js";
import { unseal } from "./sealing.js";

const value = z.number().int().nullable().optional();

const ballotSchema = z.object({
  group: z.enum(respondentGroups),
  subgroupId: z.uuid().nullable(),
  answers: z.record(z.string(), z.object({ current: value, desired: value })),
  open: z.record(z.string(), z.string()),
});

/** The ballots that open with the key and have a ballot's shape, their text cleaned. */
export function openBallots(key: Buffer | null, sealed: readonly string[]): Ballot[] {
  const ballots: Ballot[] = [];
  let undecryptable = 0;
  for (const ciphertext of sealed) {
    const plain = key ? tryUnseal(key, ciphertext) : null;
    if (plain === null) {
      undecryptable++;
      continue;
    }
    const ballot = ballotSchema.safeParse(cleanJson(tryParse(plain)));
    if (ballot.success) ballots.push(ballot.data as Ballot);
  }
  if (sealed.length && undecryptable === sealed.length) throw new Error("no ballot opens with the ballot key");
  return ballots;
}

function tryUnseal(key: Buffer, ciphertext: string): string | null {
  try {
    return unseal(key, ciphertext);
  } catch {
    return null;
  }
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
