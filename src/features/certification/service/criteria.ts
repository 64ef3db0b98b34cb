/**
 * The platform's certification criteria: the newest row of certification_criteria, or the
 * defaults while none was set. Setting them adds a row, so the older rows are the trail of who
 * changed what (a platform setting has no organisation's audit log to go in).
 */
import { desc, eq } from "drizzle-orm";
import type { Db, Tx } from "../../../db/client.js";
import { certificationCriteria, users } from "../../../db/schema/index.js";
import { criteriaSchema, defaultCriteria, type Criteria } from "../domain/criteria.js";

export interface CriteriaChange {
  criteria: Criteria;
  setAt: Date;
  setBy: string | null;
}

export async function currentCriteria(executor: Db | Tx): Promise<Criteria> {
  const [row] = await executor.select().from(certificationCriteria).orderBy(desc(certificationCriteria.setAt)).limit(1);
  return row ? criteriaSchema.parse(row) : defaultCriteria;
}

/** The changes, newest first. */
export async function criteriaHistory(db: Db, limit = 20): Promise<CriteriaChange[]> {
  const rows = await db
    .select({ row: certificationCriteria, setBy: users.name })
    .from(certificationCriteria)
    .leftJoin(users, eq(users.id, certificationCriteria.setBy))
    .orderBy(desc(certificationCriteria.setAt))
    .limit(limit);
  return rows.map(({ row, setBy }) => ({ criteria: criteriaSchema.parse(row), setAt: row.setAt, setBy }));
}

export async function setCriteria(options: { db: Db; userId: string; criteria: Criteria }): Promise<void> {
  await options.db
    .insert(certificationCriteria)
    .values({ ...criteriaSchema.parse(options.criteria), setBy: options.userId });
}
