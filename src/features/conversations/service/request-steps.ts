/**
 * The steps of a conversation on request: propose times, accept one, set the time, cancel,
 * mark held. Each step runs in one transaction that locks the request, asks the domain whether
 * this side may take it now, and updates only while the status is still the one read: of two
 * people pressing at once, one wins and the other gets a definite "this has changed meanwhile".
 */
import { sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationRequestTimes, conversationRequests } from "../../../db/schema/index.js";
import { refusalOf, type RequestRefusal, type RequestStatus, type RequestStep } from "../domain/requests.js";
import type { Messenger } from "./notices.js";
import { loadRequestNotice, notifyRequest, type RequestNoticeKind } from "./request-notices.js";
import { loadRequest, type RequestDetail } from "./requests.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";

export interface StepScope extends ViewerScope {
  requestId: string;
  now: Date;
  messenger: Messenger;
}

type StepRefusal = RequestRefusal | "unknownTime";
export type StepOutcome = Outcome<object, Refused<StepRefusal>>;

/** Someone else took a step meanwhile, or the step does not fit the request's state: refused as a conflict. */
const stepRefused = (reason: StepRefusal) => refuse(reason, `conversations.requests.refusal.${reason}`, "conflict");

interface Span {
  startsAt: Date;
  endsAt: Date;
}

/** A step's plan: the new status (and time), the mail, and what else changes once the status is claimed. */
interface Change {
  status: RequestStatus;
  time?: Span | null;
  notice: RequestNoticeKind | null;
  effects?: (tx: Tx) => Promise<unknown>;
}

/** Runs one step: check, change and the mails, in one transaction. */
async function step(
  scope: StepScope,
  name: RequestStep,
  change: (detail: RequestDetail) => Change | "unknownTime",
): Promise<StepOutcome> {
  const result = await inOrg(scope, async (tx) => {
    // Two people pressing at once: the second waits here and then decides on the new state.
    await tx
      .select({ id: conversationRequests.id })
      .from(conversationRequests)
      .where(ofOrg(conversationRequests, scope.orgId, { id: scope.requestId }))
      .for("update");
    const detail = await loadRequest(tx, scope, scope.requestId);
    const refusal = refusalOf(name, detail.request, detail.side, scope.now);
    if (refusal) return stepRefused(refusal);
    const next = change(detail);
    if (next === "unknownTime") return stepRefused("unknownTime");
    const timeChanges = next.time !== undefined;
    const [updated] = await tx
      .update(conversationRequests)
      .set({
        status: next.status,
        updatedAt: scope.now,
        ...(timeChanges ? { startsAt: next.time?.startsAt ?? null, endsAt: next.time?.endsAt ?? null } : {}),
        // A new time or a cancellation replaces the calendar invitation sent before.
        ...(timeChanges || next.status === "cancelled" ? { sequence: sql`${conversationRequests.sequence} + 1` } : {}),
      })
      .where(ofOrg(conversationRequests, scope.orgId, { id: scope.requestId, status: detail.request.status }))
      .returning();
    if (!updated) return stepRefused("alreadyDone");
    await next.effects?.(tx);
    if (next.notice)
      await notifyRequest(tx, scope.messenger, await loadRequestNotice(tx, next.notice, updated, detail.child));
    return { ok: true as const };
  });
  return result.ok ? { ok: true } : result;
}

/** The side that did not ask proposes one or more times (replacing earlier proposals). */
export function proposeTimes(scope: StepScope & { times: Span[] }): Promise<StepOutcome> {
  return step(scope, "propose", () => ({
    status: "proposed",
    notice: "proposed",
    effects: async (tx) => {
      await clearTimes(tx, scope);
      const rows = scope.times.map((t) => ({ orgId: scope.orgId, requestId: scope.requestId, ...t }));
      await tx.insert(conversationRequestTimes).values(rows);
    },
  }));
}

/** The asker accepts one of the proposed times. */
export function acceptTime(scope: StepScope & { timeId: string }): Promise<StepOutcome> {
  return step(scope, "accept", (detail) => {
    const chosen = detail.times.find((t) => t.id === scope.timeId);
    if (!chosen) return "unknownTime";
    return { status: "scheduled", time: chosen, notice: "scheduled", effects: (tx) => clearTimes(tx, scope) };
  });
}

/** The teacher sets (or moves) the time. */
export function setTime(scope: StepScope & { time: Span }): Promise<StepOutcome> {
  return step(scope, "set", () => ({
    status: "scheduled",
    time: scope.time,
    notice: "scheduled",
    effects: (tx) => clearTimes(tx, scope),
  }));
}

/** Either side cancels; a scheduled conversation's invitation is withdrawn. */
export function cancelRequest(scope: StepScope): Promise<StepOutcome> {
  return step(scope, "cancel", () => ({
    status: "cancelled",
    notice: "cancelled",
    effects: (tx) => clearTimes(tx, scope),
  }));
}

/** The teacher marks a conversation that has taken place as held: it counts in the history. */
export function markHeld(scope: StepScope): Promise<StepOutcome> {
  return step(scope, "hold", () => ({ status: "held", notice: null }));
}

function clearTimes(tx: Tx, scope: StepScope) {
  return tx
    .delete(conversationRequestTimes)
    .where(ofOrg(conversationRequestTimes, scope.orgId, { requestId: scope.requestId }));
}
