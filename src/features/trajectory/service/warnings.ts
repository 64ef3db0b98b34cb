/**
 * The daily deadline warnings: for each organisation with an active trajectory, in that
 * organisation's own transaction, every threshold reached today is recorded once
 * (trajectory_warnings' key) and the school leaders, coordinators and the advisor get one mail
 * for the highest one newly reached; a rerun the same day finds them recorded and sends nothing.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { withOrg, type Tx } from "../../../db/client.js";
import { orgIdsFrom } from "../../../db/org-scope.js";
import { memberships, trajectoryWarnings, users } from "../../../db/schema/index.js";
import { formatDate } from "../../../lib/time/format.js";
import { schoolToday } from "../../../lib/time/school-date.js";
import { notify } from "../../../mail/notify.js";
import { trajectoryWarning } from "../notifications.js";
import type { Deps } from "../../../web/env.js";
import { localeOf } from "../../../web/i18n/index.js";
import { trajectoryState } from "../domain/phase.js";
import { recordOf } from "./facts.js";
import { schoolNameOf } from "../../pupils/index.js";
import { activeTrajectory, type TrajectoryRow } from "./trajectories.js";

type WarningDeps = Pick<Deps, "db" | "jobs" | "config">;

/** Who is warned: those who lead the trajectory, and its advisor. */
async function recipientsOf(tx: Tx, trajectory: TrajectoryRow) {
  const person = { id: users.id, email: users.email, name: users.name, locale: users.locale };
  const leaders = await tx
    .selectDistinct(person)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, trajectory.orgId), inArray(memberships.role, ["school_leader", "coordinator"])));
  const advisor = trajectory.advisorId
    ? await tx.select(person).from(users).where(eq(users.id, trajectory.advisorId))
    : [];
  const everyone = [...leaders, ...advisor.filter((a) => !leaders.some((l) => l.id === a.id))];
  return everyone.map((p) => ({
    email: p.email,
    name: p.name,
    locale: localeOf(p.locale),
  }));
}

async function warnOrganisation(deps: WarningDeps, orgId: string, now: Date): Promise<number> {
  return withOrg(deps.db, { orgId, userId: null }, async (tx) => {
    const trajectory = await activeTrajectory(tx, orgId);
    if (!trajectory) return 0;
    const state = trajectoryState((await recordOf(tx, trajectory)).facts, schoolToday(now));
    const highest = state.warnings.at(-1);
    if (!highest) return 0;
    const rows = state.warnings.map((threshold) => ({ orgId, trajectoryId: trajectory.id, threshold }));
    const recorded = await tx
      .insert(trajectoryWarnings)
      .values(rows)
      .onConflictDoNothing()
      .returning({ threshold: trajectoryWarnings.threshold });
    if (!recorded.some((r) => r.threshold === highest)) return 0;
    const school = await schoolNameOf(tx, orgId);
    const recipients = await recipientsOf(tx, trajectory);
    await notify(tx, deps.jobs, trajectoryWarning, recipients, (recipient, t) => ({
      subject: t(`trajectory.mail.${highest}.subject`),
      text: t(`trajectory.mail.${highest}.text`, {
        name: recipient.name,
        org: school,
        date: formatDate(recipient.locale, state.finalDueOn),
        link: `${deps.config.publicUrl}/trajectory`,
      }),
    }));
    return recipients.length;
  });
}

/** Sends today's warnings; returns how many mails were recorded. */
export async function sendDeadlineWarnings(deps: WarningDeps, now: Date = new Date()): Promise<number> {
  const orgIds = await orgIdsFrom(deps.db, sql`select active_trajectory_orgs() as org_id`);
  let mailed = 0;
  for (const orgId of orgIds) mailed += await warnOrganisation(deps, orgId, now);
  return mailed;
}
