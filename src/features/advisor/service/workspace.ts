/**
 * The advisor's workspace: every organisation that invited the advisor, with where its trajectory
 * stands (phase, what is overdue, the eindmeting's deadline), its latest thermometer and the change
 * since the measurement before, the plan's progress and the sessions to come, sorted by what needs
 * attention (domain/attention.ts). One read-only transaction across those organisations
 * (acrossAdvisedOrgs) with a fixed number of queries, each over all of them at once: the cost
 * grows with the advisor's organisations, not with the platform.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../../../db/client.js";
import { acrossAdvisedOrgs } from "../../../db/org-scope.js";
import { memberships, organisations } from "../../../db/schema/index.js";
import { schoolToday } from "../../../lib/time/school-date.js";
import { thermometersOf, type Thermometer } from "../../measurements/index.js";
import { plansOf, type PlanAcross } from "../../plan/index.js";
import {
  activeTrajectoriesOf,
  talliedTrajectoryState,
  type TrajectoryAcross,
  type TrajectoryState,
  type UpcomingSession,
} from "../../trajectory/index.js";
import { attentionOf, byAttention, type Attention } from "../domain/attention.js";

/** Sessions shown per organisation. */
export const UPCOMING_SHOWN = 2;

export interface GuidedOrganisation {
  orgId: string;
  orgName: string;
  attention: Attention;
  /** Null without an active trajectory. */
  state: TrajectoryState | null;
  /** Overdue steps, sessions and plan actions together. */
  overdue: number;
  thermometer: Thermometer | null;
  plan: PlanAcross | null;
  upcoming: UpcomingSession[];
}

/** The organisations where the advisor holds an advisor membership, as row-level security shows them. */
export function guidedOrganisations(tx: Tx, userId: string) {
  return tx
    .select({ id: organisations.id, name: organisations.name })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(and(eq(memberships.userId, userId), eq(memberships.role, "advisor")))
    .orderBy(asc(organisations.name));
}

function row(
  org: { id: string; name: string },
  active: TrajectoryAcross | undefined,
  plan: PlanAcross | undefined,
  thermometer: Thermometer | undefined,
  today: string,
): GuidedOrganisation {
  const state = active
    ? talliedTrajectoryState({ ...active.facts, planPublishedOn: plan?.firstPublishedOn ?? null }, today)
    : null;
  const overdue = state
    ? state.steps.filter((s) => s.overdue).length + state.overdueSessions + (plan?.progress.overdue ?? 0)
    : 0;
  const upcoming = active?.upcoming ?? [];
  const attention = attentionOf(
    {
      orgName: org.name,
      active: state !== null,
      overdue,
      deadlineNear: (state?.warnings.length ?? 0) > 0,
      finalDueOn: state?.finalDueOn ?? null,
      awaitingReview: state?.phase === "certification",
      nextSessionOn: upcoming[0]?.heldOn ?? null,
    },
    today,
  );
  return {
    orgId: org.id,
    orgName: org.name,
    attention,
    state,
    overdue,
    thermometer: thermometer ?? null,
    plan: plan ?? null,
    upcoming: upcoming.slice(0, UPCOMING_SHOWN),
  };
}

export function advisorWorkspace(options: { db: Db; userId: string; now?: Date }): Promise<GuidedOrganisation[]> {
  const today = schoolToday(options.now);
  return acrossAdvisedOrgs(options.db, options.userId, async (tx) => {
    const orgs = await guidedOrganisations(tx, options.userId);
    const ids = orgs.map((o) => o.id);
    const active = await activeTrajectoriesOf(tx, ids, today, UPCOMING_SHOWN);
    const trajectoryIds = [...active.values()].map((a) => a.trajectory.id);
    const plans = await plansOf(tx, ids, trajectoryIds, today);
    const thermometers = await thermometersOf(tx, ids);
    const rows = orgs.map((org) => {
      const trajectory = active.get(org.id);
      const plan = trajectory ? plans.get(trajectory.trajectory.id) : undefined;
      return row(org, trajectory, plan, thermometers.get(org.id), today);
    });
    return byAttention(rows);
  });
}
