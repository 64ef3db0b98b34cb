/**
 * Conversations on request: asking for one, the lists of a parent and a teacher, and one
 * request with its proposed times. A parent asks only for their own child, with one of the
 * child's teachers; a teacher only for a child in their group.
 */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationRequestTimes, conversationRequests, users } from "../../../db/schema/index.js";
import { ForbiddenError, NotFoundError } from "../../../web/errors.js";
import { childrenOfUser, childrenWithGuardians } from "../../pupils/index.js";
import type { Side } from "../domain/requests.js";
import type { AskForm } from "../request-schemas.js";
import type { Messenger } from "./notices.js";
import { findChild, sideOf, teachersOf, type ChildInfo } from "./request-access.js";
import { loadRequestNotice, notifyRequest } from "./request-notices.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";

export type ConversationRequest = typeof conversationRequests.$inferSelect;

type AskRefusal = "notYourChild" | "notTheirTeacher";
export type AskOutcome = Outcome<{ id: string }, Refused<AskRefusal>>;

/** A teacher not of the child's group is about the teacher field; someone else's child about the whole form. */
const askRefused = (reason: AskRefusal) =>
  refuse(
    reason,
    `conversations.requests.refusal.${reason}`,
    "forbidden",
    reason === "notTheirTeacher" ? "teacherId" : undefined,
  );

/** Stores the request and tells the other side; refuses a child or teacher that is not the asker's. */
export async function askForConversation(
  scope: ViewerScope & { form: AskForm; messenger: Messenger },
): Promise<AskOutcome> {
  const { orgId, form } = scope;
  const result = await inOrg(scope, async (tx) => {
    const child = await findChild(tx, orgId, form.pupilId);
    const side = await sideOf(tx, scope, child);
    if (!side) return askRefused("notYourChild");
    const teachers = await teachersOf(tx, orgId, child);
    const teacherId = side.side === "teacher" ? scope.userId : (form.teacherId ?? teachers[0]?.id);
    if (!teacherId || !teachers.some((t) => t.id === teacherId)) return askRefused("notTheirTeacher");
    const [request] = await tx
      .insert(conversationRequests)
      .values({
        orgId,
        pupilId: child.pupilId,
        teacherId,
        askedBy: side.side,
        askedByUser: scope.userId,
        topic: form.topic,
        note: form.note,
      })
      .returning();
    await notifyRequest(tx, scope.messenger, await loadRequestNotice(tx, "asked", request!, child));
    return { ok: true as const, id: request!.id };
  });
  return result;
}

export interface RequestRow {
  request: ConversationRequest;
  childName: string;
  teacherName: string;
}

export interface ListedRequest extends RequestRow {
  /** The viewer is the teacher of the request, so the other side is the child's parents. */
  asTeacher: boolean;
}

/** The requests about the user's children (as a parent) and about children in their groups (as staff). */
export function listMyRequests(scope: ViewerScope): Promise<ListedRequest[]> {
  return inOrg(scope, async (tx) => {
    const { asGuardian, asTeacher } = await childrenOfUser(tx, scope.orgId, scope.userId);
    const rows = await tx
      .select({ request: conversationRequests, teacherName: users.name })
      .from(conversationRequests)
      .innerJoin(users, eq(users.id, conversationRequests.teacherId))
      .where(
        and(
          eq(conversationRequests.orgId, scope.orgId),
          inArray(conversationRequests.pupilId, [...new Set([...asGuardian, ...asTeacher])]),
        ),
      )
      .orderBy(desc(conversationRequests.updatedAt), desc(conversationRequests.id));
    const children = await childrenWithGuardians(tx, scope.orgId, [...new Set(rows.map((r) => r.request.pupilId))]);
    return rows.map((r) => ({
      request: r.request,
      childName: children.find((c) => c.pupilId === r.request.pupilId)?.name ?? "",
      teacherName: r.teacherName,
      asTeacher: r.request.teacherId === scope.userId,
    }));
  });
}

export interface RequestDetail extends RequestRow {
  child: ChildInfo;
  side: Side;
  times: (typeof conversationRequestTimes.$inferSelect)[];
}

/** One request for someone on either side of it; another organisation's is not found, a stranger gets 403. */
export function requestDetail(scope: ViewerScope & { requestId: string }): Promise<RequestDetail> {
  return inOrg(scope, (tx) => loadRequest(tx, scope, scope.requestId));
}

export async function loadRequest(tx: Tx, scope: ViewerScope, requestId: string): Promise<RequestDetail> {
  const [row] = await tx
    .select({ request: conversationRequests, teacherName: users.name })
    .from(conversationRequests)
    .innerJoin(users, eq(users.id, conversationRequests.teacherId))
    .where(ofOrg(conversationRequests, scope.orgId, { id: requestId }));
  if (!row) throw new NotFoundError("conversation request");
  const child = await findChild(tx, scope.orgId, row.request.pupilId);
  const side = await sideOf(tx, scope, child);
  if (!side) throw new ForbiddenError("not on either side of this conversation");
  const times = await tx
    .select()
    .from(conversationRequestTimes)
    .where(
      and(eq(conversationRequestTimes.orgId, scope.orgId), inArray(conversationRequestTimes.requestId, [requestId])),
    )
    .orderBy(asc(conversationRequestTimes.startsAt), asc(conversationRequestTimes.id));
  return { ...row, child, childName: child.name, side: side.side, times };
}
