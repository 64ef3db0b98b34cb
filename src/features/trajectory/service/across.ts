/**
 * The active trajectories of many organisations at once, with what their phase follows from: for
 * the advisor's workspace, which shows every organisation an advisor guides. One statement
 * whatever the number of organisations (it filters with one array parameter), so the workspace of
 * 300 schools costs what the workspace of three does, plus the rows. Runs under the
 * caller's transaction and row-level security (the advisor's role reads only the organisations
 * that invited them). The plan's publication is not read here: the caller adds it (the plan builds
 * on the trajectory, so the trajectory cannot ask it).
 */
import { sql } from "drizzle-orm";
import { preparedStatement, type Tx } from "../../../db/client.js";
import {
  certificates,
  measurements as measurementsTable,
  trajectories,
  trajectoryMeasurements,
  trajectorySessions,
  trajectorySkips,
} from "../../../db/schema/index.js";
import { schoolDate } from "../../../lib/time/school-date.js";
import type { MeasurementSummary } from "../../measurements/index.js";
import type { LineTally, SessionFact, SkippableStep, TalliedFacts } from "../domain/phase.js";
import type { TrajectoryRow } from "./trajectories.js";

export interface UpcomingSession {
  id: string;
  line: SessionFact["line"];
  topic: string;
  heldOn: string;
}

export interface TrajectoryAcross {
  trajectory: Pick<TrajectoryRow, "id" | "orgId" | "startedAt">;
  /** Everything but the plan's publication, which the caller adds; the sessions counted for `today`. */
  facts: Omit<TalliedFacts, "planPublishedOn">;
  measurements: MeasurementSummary[];
  /** Planned sessions on or after `today`, soonest first (at most `upcomingShown`). */
  upcoming: UpcomingSession[];
}

interface Row {
  id: string;
  orgId: string;
  /** A timestamp as the driver gives it (a Date or PostgreSQL's text). */
  startedAt: Date | string;
  schoolHeld: number;
  schoolPlanned: number;
  schoolLastHeldOn: string | null;
  parentsHeld: number;
  parentsPlanned: number;
  parentsLastHeldOn: string | null;
  overdue: number;
  upcoming: UpcomingSession[];
  skipped: SkippableStep[];
  certifiedOn: string | null;
  measurements: (Omit<MeasurementSummary, "opensAt" | "closesAt"> & { opensAt: string; closesAt: string })[];
}

const line = (held: number, planned: number, lastHeldOn: string | null): LineTally => ({ held, planned, lastHeldOn });

/**
 * Each active trajectory with what its phase follows from. The sessions are read once per
 * trajectory (its index): counted per line, the overdue ones, and the next `upcomingShown` as JSON.
 * A prepared statement: planning this one took longer than running it for 300 schools.
 */
const trajectoriesWithFacts = preparedStatement<Row>(
  "across_trajectories",
  () => sql`
    select t.id, t.org_id as "orgId", t.started_at as "startedAt",
      s."schoolHeld", s."schoolPlanned", s."schoolLastHeldOn",
      s."parentsHeld", s."parentsPlanned", s."parentsLastHeldOn", s.overdue,
      coalesce(to_json(s.upcoming[1:${sql.placeholder("upcomingShown")}::int]), '[]'::json) as upcoming,
      coalesce(sk.skipped, '[]'::json) as skipped,
      c.awarded_on::text as "certifiedOn",
      coalesce(ms.measurements, '[]'::json) as measurements
    from ${trajectories} t
    cross join lateral (
      select count(*) filter (where line = 'school' and status = 'held')::int as "schoolHeld",
        count(*) filter (where line = 'school' and status = 'planned')::int as "schoolPlanned",
        (max(held_on) filter (where line = 'school' and status = 'held'))::text as "schoolLastHeldOn",
        count(*) filter (where line = 'parents' and status = 'held')::int as "parentsHeld",
        count(*) filter (where line = 'parents' and status = 'planned')::int as "parentsPlanned",
        (max(held_on) filter (where line = 'parents' and status = 'held'))::text as "parentsLastHeldOn",
        count(*) filter (where status = 'planned' and held_on < ${sql.placeholder("today")}::date)::int as overdue,
        array_agg(json_build_object('id', id, 'line', line, 'topic', topic, 'heldOn', held_on)
            order by held_on, position, id)
          filter (where status = 'planned' and held_on >= ${sql.placeholder("today")}::date) as upcoming
      from ${trajectorySessions} ts where ts.org_id = t.org_id and ts.trajectory_id = t.id
    ) s
    left join lateral (
      select json_agg(step) as skipped from ${trajectorySkips} k where k.org_id = t.org_id and k.trajectory_id = t.id
    ) sk on true
    left join ${certificates} c on c.org_id = t.org_id and c.trajectory_id = t.id and c.revoked_at is null
    left join lateral (
      select json_agg(json_build_object('id', m.id, 'title', m.title, 'kind', m.kind, 'status', m.status,
          'opensAt', m.opens_at, 'closesAt', m.closes_at) order by m.opens_at, m.title) as measurements
      from ${trajectoryMeasurements} tm
      join ${measurementsTable} m on m.org_id = tm.org_id and m.id = tm.measurement_id
      where tm.org_id = t.org_id and tm.trajectory_id = t.id
    ) ms on true
    where t.org_id = any(${sql.placeholder("orgIds")}::uuid[]) and t.ended_at is null`,
);

/**
 * The active trajectory of each of the organisations that has one, by organisation id. One
 * statement: each trajectory with what its phase follows from, counted per trajectory in SQL (the
 * sessions per line, the overdue ones and the next `upcomingShown`; its skips, certificate and
 * measurements), so that the thousands of session rows of an advisor's schools stay in the
 * database. Every table is read under the caller's row-level security.
 */
export async function activeTrajectoriesOf(
  tx: Tx,
  orgIds: readonly string[],
  today: string,
  upcomingShown: number,
): Promise<Map<string, TrajectoryAcross>> {
  if (!orgIds.length) return new Map();
  const rows = await trajectoriesWithFacts(tx, { orgIds: [...orgIds], today, upcomingShown });
  return new Map(
    rows.map((row) => {
      const trajectory = { id: row.id, orgId: row.orgId, startedAt: new Date(row.startedAt) };
      const measurements = row.measurements.map((m) => ({
        ...m,
        opensAt: new Date(m.opensAt),
        closesAt: new Date(m.closesAt),
      }));
      const facts = {
        startedOn: schoolDate(trajectory.startedAt),
        measurements,
        sessions: {
          school: line(row.schoolHeld, row.schoolPlanned, row.schoolLastHeldOn),
          parents: line(row.parentsHeld, row.parentsPlanned, row.parentsLastHeldOn),
          overdue: row.overdue,
        },
        skipped: new Set(row.skipped),
        certifiedOn: row.certifiedOn,
      };
      return [row.orgId, { trajectory, facts, measurements, upcoming: row.upcoming }];
    }),
  );
}
