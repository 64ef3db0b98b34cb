/**
 * Where a child's conversation takes place, for the calendar invitation and the mail's sign-off:
 * the school, and the address of the location of the child's group when the school gave one.
 */
import { eq, sql } from "drizzle-orm";
import { preparedQuery, type Tx } from "../../../db/client.js";
import { organisations } from "../../../db/schema/index.js";
import { groupAddressesOf } from "../../pupils/index.js";

export interface Venue {
  /** The school's name: the invitation's organiser and the mail's sign-off. */
  school: string;
  /** The invitation's LOCATION: "Basisschool De Regenboog, Schoolstraat 1, Utrecht". */
  location: string;
}

/** The school's name, which signs its mails. */
export async function schoolNameOf(tx: Tx, orgId: string): Promise<string> {
  const [org] = await nameOf(tx, { orgId });
  return org?.name ?? "";
}

/** Built once (prepared): every booking's confirmation is signed with it. */
const nameOf = preparedQuery("organisation_name", (db) =>
  db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, sql.placeholder("orgId"))),
);

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
