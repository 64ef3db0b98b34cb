/**
 * Parents respond to a goal or action of the published plan; the school leader or coordinator
 * answers. A parent sees their own responses with the answers; staff see all, with the parent's
 * name. Responding while nothing is published, or to something not in the published version, is
 * refused and changes nothing.
 */
import { asc, eq } from "drizzle-orm";
import { recordAuditBy } from "../../../audit/record.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope, type OrgScope } from "../../../db/org-scope.js";
import { planResponses, users } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { InputError } from "../../../web/input-error.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import type { PlanSnapshot } from "../domain/snapshot.js";
import { activePlan } from "./plan-row.js";
import { publishedSnapshot } from "./reads.js";

export type Subject = "goal" | "action";

export interface PlanResponse {
  id: string;
  subjectKind: Subject;
  subjectId: string;
  body: string;
  createdAt: Date;
  authorName: string;
  answer: string | null;
  answeredAt: Date | null;
}

const inSnapshot = (snapshot: PlanSnapshot, kind: Subject, id: string) =>
  (kind === "goal" ? snapshot.goals : snapshot.actions).some((item) => item.id === id);

type RespondRefusal = Refused<"unpublished">;

export function respondToPlan(
  scope: ViewerScope & { subject: Subject; subjectId: string; body: string },
): Promise<Outcome<{ id: string }, RespondRefusal>> {
  return inOrg(scope, async (tx): Promise<Outcome<{ id: string }, RespondRefusal>> => {
    const published = await publishedSnapshot(tx, scope.orgId);
    if (!published) return refuse("unpublished", "plan.refusal.unpublished", "conflict");
    if (!inSnapshot(published.snapshot, scope.subject, scope.subjectId))
      throw new InputError("body", "plan.error.subject");
    const [made] = await tx
      .insert(planResponses)
      .values({
        orgId: scope.orgId,
        planId: published.plan.id,
        subjectKind: scope.subject,
        subjectId: scope.subjectId,
        authorId: scope.userId,
        body: scope.body,
      })
      .returning({ id: planResponses.id });
    await recordAuditBy(tx, scope, { action: "create", entity: "plan_response", entityId: made!.id });
    return { ok: true, id: made!.id };
  });
}

/** Answers a response (or changes the answer) of the active trajectory's plan. */
export function answerResponse(scope: ViewerScope & { responseId: string; answer: string }): Promise<void> {
  return inOrg(scope, async (tx) => {
    const active = await activePlan(tx, scope.orgId);
    if (!active?.plan) throw new NotFoundError("response");
    const [row] = await tx
      .update(planResponses)
      .set({ answer: scope.answer, answeredBy: scope.userId, answeredAt: new Date() })
      .where(ofOrg(planResponses, scope.orgId, { planId: active.plan.id, id: scope.responseId }))
      .returning({ id: planResponses.id });
    if (!row) throw new NotFoundError("response");
    await recordAuditBy(tx, scope, { action: "answer", entity: "plan_response", entityId: row.id });
  });
}

/** The responses to the active trajectory's plan: all of them, or only this author's. */
export function planResponsesOf(scope: OrgScope & { authorId?: string }): Promise<PlanResponse[]> {
  return inOrg(scope, async (tx) => {
    const active = await activePlan(tx, scope.orgId);
    if (!active?.plan) return [];
    const rows = await tx
      .select({
        id: planResponses.id,
        subjectKind: planResponses.subjectKind,
        subjectId: planResponses.subjectId,
        body: planResponses.body,
        createdAt: planResponses.createdAt,
        authorName: users.name,
        answer: planResponses.answer,
        answeredAt: planResponses.answeredAt,
      })
      .from(planResponses)
      .innerJoin(users, eq(users.id, planResponses.authorId))
      .where(
        ofOrg(
          planResponses,
          scope.orgId,
          { planId: active.plan.id },
          scope.authorId ? eq(planResponses.authorId, scope.authorId) : undefined,
        ),
      )
      .orderBy(asc(planResponses.createdAt), asc(planResponses.id));
    return rows;
  });
}
