/** Platform editors (users.is_platform_editor), appointed and removed by the platform administrator. */
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { users } from "../../../db/schema/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";

export interface Editor {
  id: string;
  name: string;
  email: string;
}

export async function platformEditors(db: Db): Promise<Editor[]> {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.isPlatformEditor, true))
    .orderBy(asc(users.name));
}

/** Makes the account with this address an editor (again: nothing changes). */
export async function appointEditor(db: Db, email: string): Promise<Outcome<object, Refused<"noAccount">>> {
  const updated = await db
    .update(users)
    .set({ isPlatformEditor: true })
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .returning({ id: users.id });
  return updated.length > 0 ? { ok: true } : refuse("noAccount", "campaign.editors.noAccount", "invalid", "email");
}

export async function removeEditor(db: Db, userId: string): Promise<void> {
  await db.update(users).set({ isPlatformEditor: false }).where(eq(users.id, userId));
}
