/** Platform editors (users.is_platform_editor), appointed and removed by the platform administrator. */
import { and, asc, eq, sql } from "drizzle-orm";
import { recordPlatformAudit } from "../../../audit/record.js";
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

/**
 * Makes the account with this address an editor (again: nothing changes, nothing recorded). Who
 * appointed whom is in the platform's audit trail.
 */
export async function appointEditor(
  db: Db,
  email: string,
  byUserId: string,
): Promise<Outcome<object, Refused<"noAccount">>> {
  return db.transaction(async (tx) => {
    const [person] = await tx
      .select({ id: users.id, editor: users.isPlatformEditor })
      .from(users)
      .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
      .for("update");
    if (!person) return refuse("noAccount", "campaign.editors.noAccount", "invalid", "email");
    if (person.editor) return { ok: true };
    await tx.update(users).set({ isPlatformEditor: true }).where(eq(users.id, person.id));
    await recordPlatformAudit(tx, {
      userId: byUserId,
      action: "appoint",
      entity: "platform_editor",
      entityId: person.id,
    });
    return { ok: true };
  });
}

export async function removeEditor(db: Db, userId: string, byUserId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const removed = await tx
      .update(users)
      .set({ isPlatformEditor: false })
      .where(and(eq(users.id, userId), eq(users.isPlatformEditor, true)))
      .returning({ id: users.id });
    if (removed.length)
      await recordPlatformAudit(tx, {
        userId: byUserId,
        action: "dismiss",
        entity: "platform_editor",
        entityId: userId,
      });
  });
}
