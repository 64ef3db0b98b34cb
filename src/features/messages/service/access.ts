/**
 * Who stands where towards a child and a thread. A parent: a guardian of the child (their own
 * thread, or one staff started with the child's guardians). Staff: a teacher or mentor of the
 * child's group, the school leader or coordinator, or the staff member who started the thread.
 * A child of another organisation is not found: row-level security hides it, and every query
 * names the organisation too.
 */
import { eq, inArray, lte, or, type SQL } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { messagePosts, messageThreads, users } from "../../../db/schema/index.js";
import { childrenWithGuardians, stillHere, teachersOfGroups, type ChildWithGuardians } from "../../pupils/index.js";

/** A child still at the school, as the pupils directory gives them, with the staff of their group. */
export interface Child extends Omit<ChildWithGuardians, "archived"> {
  /** The staff of the child's group. */
  teachers: { userId: string; name: string }[];
}

export type Thread = typeof messageThreads.$inferSelect;
export type Side = "parent" | "staff";

/** Who asks, and whether they manage messages (the school leader and coordinator). */
export interface Asker {
  userId: string;
  manager: boolean;
}

/** The child (not archived) with their guardians and teachers; null when there is none here. */
export async function childOf(tx: Tx, orgId: string, pupilId: string): Promise<Child | null> {
  const [child] = await childrenWithGuardians(tx, orgId, [pupilId]);
  if (!child || child.archived) return null;
  const teachers = child.groupId ? ((await teachersOfGroups(tx, orgId, [child.groupId])).get(child.groupId) ?? []) : [];
  const { name, firstName, groupId, groupName, guardians } = child;
  return { pupilId, name, firstName, groupId, groupName, guardians, teachers };
}

/** The asker's side towards the child: parent first (a teacher may be a parent too), then staff. */
export function sideTowards(asker: Asker, child: Child): Side | null {
  if (child.guardians.some((g) => g.userId === asker.userId)) return "parent";
  if (asker.manager || child.teachers.some((t) => t.userId === asker.userId)) return "staff";
  return null;
}

/** The asker's side in a thread about this child, or null when it is not theirs to see. */
export function sideInThread(asker: Asker, child: Child, thread: Thread): Side | null {
  const side = sideTowards(asker, child);
  if (side === "parent") return thread.startedBySide === "staff" || thread.startedBy === asker.userId ? "parent" : null;
  if (side === "staff") return "staff";
  return thread.startedBySide === "staff" && thread.startedBy === asker.userId ? "staff" : null;
}

/** What a person sees of a post: the other side's once delivered, their own side's always. */
export function visibleTo(userId: string, side: Side, now: Date): SQL {
  return or(eq(messagePosts.side, side), eq(messagePosts.authorId, userId), lte(messagePosts.deliverAt, now))!;
}

/**
 * Whether the thread has reached the asker yet. A parent's thread reaches staff with its first
 * delivered post (quiet hours): until then it is not in their list, so it is not theirs to open
 * or answer either.
 */
export async function hasReached(tx: Tx, asker: Asker, thread: Thread, side: Side, now: Date): Promise<boolean> {
  if (side === thread.startedBySide) return true;
  const [seen] = await tx
    .select({ id: messagePosts.id })
    .from(messagePosts)
    .where(ofOrg(messagePosts, thread.orgId, { threadId: thread.id }, visibleTo(asker.userId, side, now)))
    .limit(1);
  return seen !== undefined;
}

/**
 * The thread with its child and the asker's side in it, when the asker is part of it and it has
 * reached them; null otherwise (not found, not theirs, or still held for quiet hours).
 */
export async function threadOfAsker(tx: Tx, asker: Asker & { orgId: string; now: Date }, threadId: string) {
  const thread = await findThread(tx, asker.orgId, threadId);
  const child = thread ? await childOf(tx, asker.orgId, thread.pupilId) : null;
  const side = thread && child ? sideInThread(asker, child, thread) : null;
  if (!thread || !child || !side || !(await hasReached(tx, asker, thread, side, asker.now))) return null;
  return { thread, child, side };
}

/**
 * The staff a parent's post goes to: the child's teachers and the staff member who started the
 * thread, while they still hold a role here (one who left gets nothing more of the family).
 */
export async function staffRecipients(tx: Tx, child: Child, thread: Thread, exceptUserId: string | null) {
  const ids = new Set(child.teachers.map((t) => t.userId));
  if (thread.startedBySide === "staff" && thread.startedBy) ids.add(thread.startedBy);
  if (exceptUserId) ids.delete(exceptUserId);
  const { staff } = await stillHere(tx, thread.orgId, [...ids]);
  if (staff.size === 0) return [];
  return tx
    .select({ userId: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(inArray(users.id, [...staff]));
}

/** The guardians a staff post goes to: the parent who started it, or every guardian of the child (both households). */
export function parentRecipients(child: Child, thread: Thread) {
  return child.guardians.filter(
    (g) => g.email && (thread.startedBySide === "staff" || (g.userId !== null && g.userId === thread.startedBy)),
  );
}

export async function findThread(tx: Tx, orgId: string, threadId: string): Promise<Thread | null> {
  const [thread] = await tx
    .select()
    .from(messageThreads)
    .where(ofOrg(messageThreads, orgId, { id: threadId }));
  return thread ?? null;
}
