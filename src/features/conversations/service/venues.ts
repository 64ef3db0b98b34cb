/**
 * Where a child's conversation takes place, for the calendar invitation and the mail's sign-off:
 * the school, and the address of the location of the child's group when the school gave one.
 */
import type { Tx } from "../../../db/client.js";
import { groupAddressesOf, schoolNameOf } from "../../pupils/index.js";

export interface Venue {
  /** The school's name: the invitation's organiser and the mail's sign-off. */
  school: string;
  /** The invitation's LOCATION: "Basisschool De Regenboog, Schoolstraat 1, Utrecht". */
  location: string;
}

/** The venue of each of these children, by pupil id; `school` when the caller has read its name already. */
export async function venuesOf(
  tx: Tx,
  orgId: string,
  pupilIds: readonly string[],
  school?: string,
): Promise<Map<string, Venue>> {
  school ??= await schoolNameOf(tx, orgId);
  const addresses = await groupAddressesOf(tx, orgId, pupilIds);
  return new Map(
    [...addresses].map(([pupilId, address]) => [
      pupilId,
      { school, location: address ? `${school}, ${address}` : school },
    ]),
  );
}
