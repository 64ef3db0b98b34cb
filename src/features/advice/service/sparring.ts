/**
 * Sparring requests: a school leader or coordinator asks the organisation's advisors for a
 * conversation; the thread of messages between school and advisor. The requests are the
 * organisation's (row-level security); the advisor's inbox reads every organisation they advise as
 * samen_advisor (inbox.ts), and answers inside the organisation's own transaction here. Every mail
 * goes out with notify() in the transaction of the change.
 */
import { asc, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { orderedId } from "../../../db/ordered-id.js";
import { inOrg, type OrgScope, type ViewerScope } from "../../../db/org-scope.js";
import { memberships, sparringMessages, sparringRequests, users } from "../../../db/schema/index.js";
import { letter } from "../../../mail/letter.js";
import { asRecipient, notify, type MailDeps } from "../../../mail/notify.js";
import { NotFoundError } from "../../../web/errors.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { sparringAnswered, sparringRequested } from "../notifications.js";
import { schoolNameOf } from "../../pupils/index.js";
import type { SparringInput } from "../schemas.js";

export type SparringStatus = "new" | "planned" | "done";

export interface RequestRow {
  id: string;
  question: string;
  preferredTimes: string;
  status: SparringStatus;
  createdAt: Date;
  authorName: string | null;
}

export interface MessageRow {
  id: string;
  body: string;
  fromAdvisor: boolean;
  authorName: string | null;
  createdAt: Date;
}

export interface Thread {
  orgId: string;
  orgName: string;
  request: RequestRow;
  messages: MessageRow[];
}

const requestColumns = {
  id: sparringRequests.id,
  question: sparringRequests.question,
  preferredTimes: sparringRequests.preferredTimes,
  status: sql<SparringStatus>`${sparringRequests.status}`,
  createdAt: sparringRequests.createdAt,
  authorName: users.name,
};

async function advisorsOf(tx: Tx, orgId: string) {
  const rows = await tx
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(ofOrg(memberships, orgId, { role: "advisor" }));
  return rows.map(asRecipient);
}

async function personOf(tx: Tx, userId: string | null) {
  if (!userId) return null;
  const [row] = await tx
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(eq(users.id, userId));
  return row ? asRecipient(row) : null;
}

/** Whether the organisation has an advisor to ask. */
export function hasAdvisor(scope: OrgScope): Promise<boolean> {
  return inOrg(scope, async (tx) => (await advisorsOf(tx, scope.orgId)).length > 0);
}

/** The organisation's requests, newest first. */
export function schoolRequests(scope: OrgScope): Promise<RequestRow[]> {
  return inOrg(scope, (tx) =>
    tx
      .select(requestColumns)
      .from(sparringRequests)
      .leftJoin(users, eq(users.id, sparringRequests.authorId))
      .where(eq(sparringRequests.orgId, scope.orgId))
      .orderBy(desc(sparringRequests.createdAt), desc(sparringRequests.id)),
  );
}

export type AskRefusal = Refused<"noAdvisor">;

/** Records a request and mails the organisation's advisors; refused when it has none. */
export function askSparring(
  scope: ViewerScope & { input: SparringInput; deps: MailDeps },
): Promise<Outcome<{ id: string }, AskRefusal>> {
  return inOrg(scope, async (tx) => {
    const advisors = await advisorsOf(tx, scope.orgId);
    if (!advisors.length) return refuse("noAdvisor", "advice.sparring.noAdvisor", "conflict");
    const [made] = await tx
      .insert(sparringRequests)
      .values({ orgId: scope.orgId, authorId: scope.userId, ...scope.input })
      .returning({ id: sparringRequests.id });
    const id = made!.id;
    const org = await schoolNameOf(tx, scope.orgId);
    const author = await personOf(tx, scope.userId);
    await notify(tx, scope.deps.jobs, sparringRequested, advisors, (to, t) => ({
      subject: t("advice.mail.request.subject", { org }),
      text: letter(
        t,
        { name: to.name, from: "Samen" },
        t("advice.mail.request.text", {
          org,
          name: author?.name ?? "",
          question: scope.input.question,
          times: scope.input.preferredTimes,
          url: `${scope.deps.publicUrl}/advice/inbox/${id}`,
        }),
      ),
    }));
    return { ok: true, id };
  });
}

/** A request of the organisation with its messages, oldest first; NotFoundError for any other. */
export function sparringThread(scope: OrgScope & { requestId: string }): Promise<Thread> {
  return inOrg(scope, (tx) => threadIn(tx, scope.orgId, scope.requestId));
}

async function threadIn(tx: Tx, orgId: string, requestId: string): Promise<Thread> {
  const [request] = await tx
    .select(requestColumns)
    .from(sparringRequests)
    .leftJoin(users, eq(users.id, sparringRequests.authorId))
    .where(ofOrg(sparringRequests, orgId, { id: requestId }));
  if (!request) throw new NotFoundError("sparring request");
  const messages = await tx
    .select({
      id: sparringMessages.id,
      body: sparringMessages.body,
      fromAdvisor: sparringMessages.fromAdvisor,
      authorName: users.name,
      createdAt: sparringMessages.createdAt,
    })
    .from(sparringMessages)
    .leftJoin(users, eq(users.id, sparringMessages.authorId))
    .where(ofOrg(sparringMessages, orgId, { requestId }))
    .orderBy(asc(sparringMessages.createdAt), asc(sparringMessages.id));
  return { orgId, orgName: await schoolNameOf(tx, orgId), request, messages };
}

/**
 * Adds a message to the thread and mails the other side: the advisors when the school writes, the
 * request's author when an advisor does. The caller decided which side the writer is on.
 */
export function addSparringMessage(
  scope: ViewerScope & { requestId: string; body: string; fromAdvisor: boolean; deps: MailDeps },
): Promise<void> {
  return inOrg(scope, async (tx) => {
    const [request] = await tx
      .select({ authorId: sparringRequests.authorId })
      .from(sparringRequests)
      .where(ofOrg(sparringRequests, scope.orgId, { id: scope.requestId }))
      .for("update");
    if (!request) throw new NotFoundError("sparring request");
    await tx.insert(sparringMessages).values({
      // Messages sort by (createdAt, id): the id keeps two of one instant in the order written.
      id: orderedId(),
      orgId: scope.orgId,
      requestId: scope.requestId,
      authorId: scope.userId,
      fromAdvisor: scope.fromAdvisor,
      body: scope.body,
    });
    await tx
      .update(sparringRequests)
      .set({ updatedAt: new Date() })
      .where(ofOrg(sparringRequests, scope.orgId, { id: scope.requestId }));
    const org = await schoolNameOf(tx, scope.orgId);
    const writer = await personOf(tx, scope.userId);
    const params = { org, name: writer?.name ?? "", body: scope.body };
    if (scope.fromAdvisor) {
      const author = await personOf(tx, request.authorId);
      const url = `${scope.deps.publicUrl}/advice/sparring/${scope.requestId}`;
      await notify(tx, scope.deps.jobs, sparringAnswered, author ? [author] : [], (to, t) => ({
        subject: t("advice.mail.reply.subject"),
        text: letter(t, { name: to.name, from: "Samen" }, t("advice.mail.reply.text", { ...params, url })),
      }));
    } else {
      const url = `${scope.deps.publicUrl}/advice/inbox/${scope.requestId}`;
      await notify(tx, scope.deps.jobs, sparringRequested, await advisorsOf(tx, scope.orgId), (to, t) => ({
        subject: t("advice.mail.message.subject", { org }),
        text: letter(t, { name: to.name, from: "Samen" }, t("advice.mail.message.text", { ...params, url })),
      }));
    }
  });
}

/** The advisor sets where a request stands. */
export function setSparringStatus(scope: ViewerScope & { requestId: string; status: SparringStatus }): Promise<void> {
  return inOrg(scope, async (tx) => {
    const changed = await tx
      .update(sparringRequests)
      .set({ status: scope.status, updatedAt: new Date() })
      .where(ofOrg(sparringRequests, scope.orgId, { id: scope.requestId }))
      .returning({ id: sparringRequests.id });
    if (!changed.length) throw new NotFoundError("sparring request");
  });
}

/** A person's requests and messages in one organisation, for their data export. */
export async function sparringOfPerson(tx: Tx, orgId: string, userId: string) {
  const requests = await tx
    .select({
      question: sparringRequests.question,
      preferredTimes: sparringRequests.preferredTimes,
      status: sparringRequests.status,
      createdAt: sparringRequests.createdAt,
    })
    .from(sparringRequests)
    .where(ofOrg(sparringRequests, orgId, { authorId: userId }));
  const messages = await tx
    .select({ body: sparringMessages.body, createdAt: sparringMessages.createdAt })
    .from(sparringMessages)
    .where(ofOrg(sparringMessages, orgId, { authorId: userId }));
  return { requests, messages };
}
