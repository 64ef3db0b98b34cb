/** Helpers for the plan's tests: actions and goals made through the pages, and the plan's rows. */
import { and, eq, isNull } from "drizzle-orm";
import type { School } from "../../../../tests/helpers/isolation.js";
import type { TestClient, TestContext } from "../../../../tests/helpers/app.js";
import { orgRows } from "../../../../tests/helpers/org-rows.js";
import { withOrg } from "../../../db/client.js";
import {
  auditLog,
  planActions,
  planGoals,
  planResponses,
  planVersions,
  plans,
  trajectories,
} from "../../../db/schema/index.js";
import { schoolToday } from "../../../lib/time/school-date.js";

/** The school's active trajectory, made directly unless another feature's fixture started one. */
export async function ensureTrajectory(ctx: TestContext, school: School): Promise<void> {
  await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => {
    const [active] = await tx
      .select()
      .from(trajectories)
      .where(and(eq(trajectories.orgId, school.orgId), isNull(trajectories.endedAt)));
    if (!active) await tx.insert(trajectories).values({ orgId: school.orgId, startedBy: school.leader.id });
  });
}

/** A date `days` after today, as the form takes it. */
export function inDays(days: number): string {
  return schoolToday(new Date(Date.now() + days * 86_400_000));
}

export const actionForm = (form: Record<string, string | string[]> = {}) => ({
  title: "Koffieochtend elke maand",
  domain: "involvement",
  owner: "together",
  responsible: "Karim",
  dueOn: inDays(30),
  status: "planned",
  ...form,
});

/** Adds an action as this client (a leader) and returns its id; fails the test if refused. */
export async function addActionAs(
  ctx: TestContext,
  orgId: string,
  client: TestClient,
  form: Record<string, string | string[]> = {},
): Promise<string> {
  const sent = actionForm(form);
  const response = await client.post("/plan/actions", sent);
  if (response.status !== 303) throw new Error(`adding an action failed with ${response.status}`);
  const made = (await actionRows(ctx, orgId)).find((a) => a.title === sent.title);
  return made!.id;
}

export function planRowOf(ctx: TestContext, orgId: string) {
  return withOrg(ctx.database.db, { orgId, userId: null }, async (tx) => {
    const [row] = await tx.select().from(plans).where(eq(plans.orgId, orgId));
    return row ?? null;
  });
}

export function versionsOf(ctx: TestContext, orgId: string) {
  return withOrg(ctx.database.db, { orgId, userId: null }, (tx) =>
    tx
      .select({ version: planVersions.version, change: planVersions.change, subject: planVersions.subject })
      .from(planVersions)
      .where(eq(planVersions.orgId, orgId))
      .orderBy(planVersions.version),
  );
}

export const actionRows = (ctx: TestContext, orgId: string) => orgRows(ctx.database.db, planActions, orgId);

export const responseRows = (ctx: TestContext, orgId: string) => orgRows(ctx.database.db, planResponses, orgId);

export function planAudit(ctx: TestContext, orgId: string) {
  return withOrg(ctx.database.db, { orgId, userId: null }, (tx) =>
    tx
      .select({ action: auditLog.action, entity: auditLog.entity, detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.orgId, orgId)),
  ).then((rows) => rows.filter((r) => r.entity.startsWith("plan")));
}

export const goalRows = (ctx: TestContext, orgId: string) => orgRows(ctx.database.db, planGoals, orgId);
