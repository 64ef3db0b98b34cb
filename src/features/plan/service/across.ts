/**
 * The plans of many trajectories at once, for the advisor's workspace: when each was first
 * published (its trajectory's plan step) and how far it is (domain/progress.ts, over the actions
 * as they are now). One statement whatever the number of trajectories; under the caller's
 * transaction and row-level security.
 */
import { sql } from "drizzle-orm";
import { preparedStatement, type Tx } from "../../../db/client.js";
import { planActions, plans } from "../../../db/schema/index.js";
import { schoolDate } from "../../../lib/time/school-date.js";
import type { Progress } from "../domain/progress.js";

export interface PlanAcross {
  /** The school date of the first publication; null while never published. */
  firstPublishedOn: string | null;
  progress: Progress;
}

interface Row extends Progress {
  trajectoryId: string;
  /** A timestamp as the driver gives it (a Date or PostgreSQL's text). */
  firstPublishedAt: Date | string | null;
}

/** A prepared statement: planning it costs more than running it for 300 plans. */
const plansWithProgress = preparedStatement<Row>(
  "across_plans",
  () => sql`
    select p.trajectory_id as "trajectoryId", p.first_published_at as "firstPublishedAt", a.*
    from ${plans} p
    cross join lateral (
      select count(*) filter (where status <> 'dropped')::int as total,
        count(*) filter (where status = 'done')::int as done,
        count(*) filter (where status = 'underway')::int as underway,
        count(*) filter (where due_on < ${sql.placeholder("today")}::date and status not in ('done', 'dropped'))::int as overdue
      from ${planActions} pa where pa.org_id = p.org_id and pa.plan_id = p.id
    ) a
    where p.org_id = any(${sql.placeholder("orgIds")}::uuid[])
      and p.trajectory_id = any(${sql.placeholder("trajectoryIds")}::uuid[])`,
);

/**
 * Each trajectory's plan, by trajectory id; a trajectory without a plan yet is left out. Its
 * actions counted in SQL as progressOf counts them (a dropped action does not count; overdue: due
 * before `today` and not done), one statement instead of reading every action.
 */
export async function plansOf(
  tx: Tx,
  orgIds: readonly string[],
  trajectoryIds: readonly string[],
  today: string,
): Promise<Map<string, PlanAcross>> {
  if (!trajectoryIds.length) return new Map();
  const rows = await plansWithProgress(tx, { orgIds: [...orgIds], trajectoryIds: [...trajectoryIds], today });
  return new Map(
    rows.map((plan) => [
      plan.trajectoryId,
      {
        firstPublishedOn: plan.firstPublishedAt ? schoolDate(new Date(plan.firstPublishedAt)) : null,
        progress: { total: plan.total, done: plan.done, underway: plan.underway, overdue: plan.overdue },
      },
    ]),
  );
}
