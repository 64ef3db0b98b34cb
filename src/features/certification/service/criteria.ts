/**
 * The platform's certification criteria: the newest row of certification_criteria, or the
 * defaults while none was set. Setting them adds a row, so the older rows are the trail of who
 * changed what (a platform setting has no organisation's audit log to go in).
 */
import { desc, eq } from "drizzle-orm";
import type { Db, Tx } from "../../../db/client.js";
import { orderedId } from "../../../db/ordered-id.js";
import { certificationCriteria, users } from "../../../db/schema/index.js";
import { criteriaSchema, defaultCriteria, type Criteria } from "../domain/criteria.js";

export interface CriteriaChange {
  criteria: Criteria;
  setAt: Date;
  setBy: string | null;
}

/** Newest first; the ids (time-ordered) decide between two changes of one clock tick. */
const newestFirst = [desc(certificationCriteria.setAt), desc(certificationCriteria.id)];

export async function currentCriteria(executor: Db | Tx): Promise<Criteria> {
  const [row] = await executor
    .select()
    .from(certificationCriteria)
    .orderBy(...newestFirst)
    .limit(1);
  return row ? criteriaSchema.parse(row) : defaultCriteria;
}

/** The changes, newest first. */
export async function criteriaHistory(db: Db, limit = 20): Promise<CriteriaChange[]> {
  const rows = await db
    .select({ row: certificationCriteria, setBy: users.name })
    .from(certificationCriteria)
    .leftJoin(users, eq(users.id, certificationCriteria.setBy))
    .orderBy(...newestFirst)
    .limit(limit);
  return rows.map(({ row, setBy }) => ({ criteria: criteriaSchema.parse(row), setAt: row.setAt, setBy }));
}

export async function setCriteria(options: { db: Db; userId: string; criteria: Criteria }): Promise<void> {
  await options.db
    .insert(certificationCriteria)
    .values({ id: orderedId(), ...criteriaSchema.parse(options.criteria), setBy: options.userId });
}
