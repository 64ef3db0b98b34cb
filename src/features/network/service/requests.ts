/**
 * Staff's requests for help: a text sent to parents found in search (each a current parent who
 * agreed to be found), mailed to each with a link to the page where they answer yes or no. A yes
 * asks whether the staff member who asked may see their e-mail address; nothing else of the
 * parent reaches staff, and nobody's address reaches another parent.
 */
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import { recordAuditBy } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { networkProfiles, networkRequestAnswers, networkRequests, users } from "../../../db/schema/index.js";
import { letter } from "../../../mail/letter.js";
import { asRecipient, notify, type MailDeps } from "../../../mail/notify.js";
import { NotFoundError } from "../../../web/errors.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { networkRequest } from "../notifications.js";
import { schoolNameOf } from "../../pupils/index.js";
import { onAnswerRequest } from "./joins.js";
import { currentParents } from "./parents.js";

export const requestPath = (requestId: string) => `/network/requests/${requestId}`;

export type SendRefusal = Refused<"notFindable">;

/** Sends the request to these parents; refused with nothing sent when one of them may not be asked. */
export function sendRequest(
  scope: ViewerScope & { deps: MailDeps; body: string; userIds: readonly string[] },
): Promise<Outcome<{ requestId: string }, SendRefusal>> {
  return inOrg(scope, async (tx) => {
    const wanted = [...new Set(scope.userIds)];
    const parents = await currentParents(tx, scope.orgId);
    const findable = await tx
      .select({ userId: networkProfiles.userId })
      .from(networkProfiles)
      .where(ofOrg(networkProfiles, scope.orgId, { findable: true }, inArray(networkProfiles.userId, wanted)));
    const asked = findable.map((row) => row.userId).filter((id) => parents.has(id));
    if (asked.length !== wanted.length) return refuse("notFindable", "network.refusal.notFindable", "conflict");
    const [request] = await tx
      .insert(networkRequests)
      .values({ orgId: scope.orgId, authorId: scope.userId, body: scope.body })
      .returning({ id: networkRequests.id });
    const requestId = request!.id;
    await tx.insert(networkRequestAnswers).values(asked.map((userId) => ({ orgId: scope.orgId, requestId, userId })));
    // Who asked how many parents; never who was asked or what they answer (that is the parents').
    await recordAuditBy(tx, scope, {
      action: "create",
      entity: "network_request",
      entityId: requestId,
      detail: `asked ${asked.length}`,
    });
    const [author] = await tx.select({ name: users.name }).from(users).where(eq(users.id, scope.userId));
    const school = await schoolNameOf(tx, scope.orgId);
    const link = `${scope.deps.publicUrl}${requestPath(requestId)}`;
    const recipients = asked.map((userId) => {
      const parent = parents.get(userId)!;
      return asRecipient(parent);
    });
    await notify(tx, scope.deps.jobs, networkRequest, recipients, (to, t) => ({
      subject: t("network.mail.request.subject", { org: school }),
      text: letter(
        t,
        { name: to.name, from: school },
        t("network.mail.request.text", { who: author?.name ?? school, body: scope.body, link }),
      ),
    }));
    return { ok: true, requestId };
  });
}

export interface RequestAnswerRow {
  userId: string;
  name: string;
  answer: "yes" | "no" | null;
  /** Only for the staff member who asked, and only when the parent agreed. */
  email: string | null;
  answeredAt: Date | null;
}

export interface RequestForStaff {
  id: string;
  body: string;
  createdAt: Date;
  mine: boolean;
  authorName: string | null;
  answers: RequestAnswerRow[];
}

async function requestRow(tx: Tx, orgId: string, requestId: string) {
  const [row] = await tx
    .select({
      id: networkRequests.id,
      body: networkRequests.body,
      createdAt: networkRequests.createdAt,
      authorId: networkRequests.authorId,
      authorName: users.name,
    })
    .from(networkRequests)
    .leftJoin(users, eq(users.id, networkRequests.authorId))
    .where(ofOrg(networkRequests, orgId, { id: requestId }));
  if (!row) throw new NotFoundError("request");
  return row;
}

/** The request with who answered what; e-mail addresses only for its author, only where agreed. */
export function requestForStaff(scope: ViewerScope & { requestId: string }): Promise<RequestForStaff> {
  return inOrg(scope, async (tx) => {
    const row = await requestRow(tx, scope.orgId, scope.requestId);
    const mine = row.authorId === scope.userId;
    const parents = await currentParents(tx, scope.orgId);
    const answers = await tx
      .select({
        userId: networkRequestAnswers.userId,
        answer: networkRequestAnswers.answer,
        shareEmail: networkRequestAnswers.shareEmail,
        answeredAt: networkRequestAnswers.answeredAt,
        email: users.email,
        accountName: users.name,
      })
      .from(networkRequestAnswers)
      .innerJoin(users, eq(users.id, networkRequestAnswers.userId))
      .where(ofOrg(networkRequestAnswers, scope.orgId, { requestId: row.id }))
      .orderBy(asc(users.name));
    return {
      id: row.id,
      body: row.body,
      createdAt: row.createdAt,
      mine,
      authorName: row.authorName,
      answers: answers.map((a) => ({
        userId: a.userId,
        name: parents.get(a.userId)?.name ?? a.accountName,
        answer: a.answer as RequestAnswerRow["answer"],
        email: mine && a.shareEmail ? a.email : null,
        answeredAt: a.answeredAt,
      })),
    };
  });
}

/** The requests of this organisation, newest first, with how many said yes of how many asked. */
export function recentRequests(scope: ViewerScope) {
  return inOrg(scope, (tx) =>
    tx
      .select({
        id: networkRequests.id,
        body: networkRequests.body,
        createdAt: networkRequests.createdAt,
        asked: sql<number>`count(${networkRequestAnswers.userId})::int`,
        yes: sql<number>`count(*) filter (where ${networkRequestAnswers.answer} = 'yes')::int`,
      })
      .from(networkRequests)
      .leftJoin(networkRequestAnswers, onAnswerRequest)
      .where(eq(networkRequests.orgId, scope.orgId))
      .groupBy(networkRequests.id, networkRequests.body, networkRequests.createdAt)
      .orderBy(desc(networkRequests.createdAt), desc(networkRequests.id))
      .limit(20),
  );
}

export interface RequestForParent {
  id: string;
  body: string;
  createdAt: Date;
  authorName: string | null;
  answer: "yes" | "no" | null;
  shareEmail: boolean;
}

const answerOf = (scope: ViewerScope & { requestId: string }) =>
  ofOrg(networkRequestAnswers, scope.orgId, { requestId: scope.requestId, userId: scope.userId });

/** The request as the parent it was sent to sees it; 404 for anyone else. */
export function requestForParent(scope: ViewerScope & { requestId: string }): Promise<RequestForParent> {
  return inOrg(scope, async (tx) => {
    const row = await requestRow(tx, scope.orgId, scope.requestId);
    const [own] = await tx
      .select({ answer: networkRequestAnswers.answer, shareEmail: networkRequestAnswers.shareEmail })
      .from(networkRequestAnswers)
      .where(answerOf(scope));
    if (!own) throw new NotFoundError("request");
    return {
      id: row.id,
      body: row.body,
      createdAt: row.createdAt,
      authorName: row.authorName,
      answer: own.answer as RequestForParent["answer"],
      shareEmail: own.shareEmail,
    };
  });
}

/** Whether this person was asked this request (the answer page is theirs). */
export function wasAsked(scope: ViewerScope & { requestId: string }): Promise<boolean> {
  return inOrg(scope, async (tx) => {
    const [own] = await tx
      .select({ userId: networkRequestAnswers.userId })
      .from(networkRequestAnswers)
      .where(answerOf(scope));
    return own !== undefined;
  });
}

/** The parent answers (or changes their answer); the e-mail is shared only with a yes. */
export function answerRequest(
  scope: ViewerScope & { requestId: string; answer: "yes" | "no"; shareEmail: boolean },
): Promise<void> {
  return inOrg(scope, async (tx) => {
    const updated = await tx
      .update(networkRequestAnswers)
      .set({ answer: scope.answer, shareEmail: scope.answer === "yes" && scope.shareEmail, answeredAt: new Date() })
      .where(answerOf(scope))
      .returning({ userId: networkRequestAnswers.userId });
    if (!updated.length) throw new NotFoundError("request");
    await recordAuditBy(tx, scope, { action: "answer", entity: "network_request", entityId: scope.requestId });
  });
}
