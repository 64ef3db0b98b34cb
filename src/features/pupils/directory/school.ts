/** The school itself: its name, which signs the mails of every feature and heads its papers. */
import { eq, sql } from "drizzle-orm";
import { preparedQuery, type Tx } from "../../../db/client.js";
import { organisations } from "../../../db/schema/index.js";

/** Built once (prepared): every booking's confirmation, and most mails, are signed with it. */
const nameOf = preparedQuery("organisation_name", (db) =>
  db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, sql.placeholder("orgId"))),
);

/** The organisation's name ("" for none: the caller's organisation always exists). */
export async function schoolNameOf(tx: Tx, orgId: string): Promise<string> {
  const [org] = await nameOf(tx, { orgId });
  return org?.name ?? "";
}
