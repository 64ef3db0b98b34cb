/**
 * Writing news: a post with its audience, its time and its attachments, in one transaction; every
 * edit of the title or body a new version; pinning and switching reactions off. A teacher writes
 * only to their own groups and edits only their own posts; a manager anything. When a post's time
 * is set, the fan-out job is queued for that moment (fanout.ts), in the same transaction.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { newsPostGroups, newsPostVersions, newsPosts, newsTranslations } from "../../../db/schema/index.js";
import { deleteAttachment, saveAttachments, type PreparedAttachment } from "../../../attachments/index.js";
import { localToUtc } from "../../../lib/time/zone.js";
import type { Jobs } from "../../../jobs/queue.js";
import { NotFoundError } from "../../../web/errors.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { areCurrentGroups, currentGroups, groupIdsOfTeacher, groupsOfTeacher } from "../../pupils/index.js";
import { newsFanoutJob } from "../jobs.js";
import type { PostInput } from "../schemas.js";

export const NEWS_POST = "news_post";

export interface Writer {
  /** A manager posts to anyone and edits every post; otherwise only to and of their own groups. */
  manager: boolean;
}

export type WriteRefusal = Refused<"notYourGroups" | "notCurrentGroups" | "inThePast" | "notYours">;

type WriteScope = ViewerScope & { writer: Writer; jobs: Pick<Jobs, "send">; now?: Date };

function publishAtOf(input: PostInput, now: Date): Date | null {
  if (input.publish === "draft") return null;
  if (input.publish === "now" || !input.publishAt) return now;
  return localToUtc(input.publishAt.date, input.publishAt.time);
}

async function checkAudience(tx: Tx, scope: WriteScope, input: PostInput): Promise<WriteRefusal | null> {
  if (!(await areCurrentGroups(tx, scope.orgId, input.groupIds)))
    return refuse("notCurrentGroups", "news.refusal.notCurrentGroups", "invalid", "groupIds");
  if (scope.writer.manager) return null;
  const own = new Set(await groupIdsOfTeacher(tx, scope.orgId, scope.userId));
  if (input.audience !== "groups" || input.groupIds.some((id) => !own.has(id)))
    return refuse("notYourGroups", "news.refusal.notYourGroups", "forbidden", "groupIds");
  return null;
}

/** Queues the fan-out for the post's time; a queued one for an earlier time finds nothing to do. */
export async function queueFanout(
  tx: Tx,
  jobs: Pick<Jobs, "send">,
  orgId: string,
  postId: string,
  at: Date,
  now: Date,
) {
  await jobs.send(tx, newsFanoutJob, { orgId, postId }, at > now ? { startAfter: at } : {});
}

async function setGroups(tx: Tx, orgId: string, postId: string, groupIds: readonly string[]) {
  await tx.delete(newsPostGroups).where(ofOrg(newsPostGroups, orgId, { postId }));
  if (groupIds.length) await tx.insert(newsPostGroups).values(groupIds.map((groupId) => ({ orgId, postId, groupId })));
}

/** Writes a new post; its id. */
export function createPost(
  scope: WriteScope & { input: PostInput; files: readonly PreparedAttachment[] },
): Promise<Outcome<{ postId: string }, WriteRefusal>> {
  return inOrg(scope, async (tx) => {
    const now = scope.now ?? new Date();
    const refused = await checkAudience(tx, scope, scope.input);
    if (refused) return refused;
    const publishAt = publishAtOf(scope.input, now);
    if (publishAt && scope.input.publish === "later" && publishAt <= now)
      return refuse("inThePast", "news.refusal.inThePast", "invalid", "date");
    const { title, body, audience, pinned, reactionsOpen } = scope.input;
    const [post] = await tx
      .insert(newsPosts)
      .values({ orgId: scope.orgId, authorId: scope.userId, audience, title, body, publishAt, pinned, reactionsOpen })
      .returning({ id: newsPosts.id });
    const postId = post!.id;
    await tx
      .insert(newsPostVersions)
      .values({ orgId: scope.orgId, postId, version: 1, title, body, writtenBy: scope.userId });
    await setGroups(tx, scope.orgId, postId, scope.input.groupIds);
    await saveAttachments(tx, {
      orgId: scope.orgId,
      owner: { kind: NEWS_POST, id: postId },
      uploadedBy: scope.userId,
      files: scope.files,
    });
    if (publishAt) await queueFanout(tx, scope.jobs, scope.orgId, postId, publishAt, now);
    return { ok: true, postId };
  });
}

/** The post locked for a change by this writer; "not found" when there is none, a refusal when it is not theirs. */
export async function lockedPost(tx: Tx, scope: ViewerScope & { writer: Writer }, postId: string) {
  const [post] = await tx
    .select()
    .from(newsPosts)
    .where(ofOrg(newsPosts, scope.orgId, { id: postId }))
    .for("update");
  if (!post) throw new NotFoundError("news post");
  const mine = scope.writer.manager || post.authorId === scope.userId;
  return { post, refused: mine ? null : refuse("notYours", "news.refusal.notYours", "forbidden") };
}

/**
 * Edits a post: a new version when the title or body changed (earlier versions stay readable),
 * its audience and time, attachments added and removed. A post already sent out keeps its time.
 */
export function updatePost(
  scope: WriteScope & {
    postId: string;
    input: PostInput;
    files: readonly PreparedAttachment[];
    removeAttachmentIds: readonly string[];
  },
): Promise<Outcome<object, WriteRefusal>> {
  return inOrg(scope, async (tx) => {
    const now = scope.now ?? new Date();
    const { post, refused } = await lockedPost(tx, scope, scope.postId);
    if (refused) return refused;
    const audienceRefused = await checkAudience(tx, scope, scope.input);
    if (audienceRefused) return audienceRefused;
    const published = post.publishAt !== null && post.publishAt <= now;
    const publishAt = published ? post.publishAt : publishAtOf(scope.input, now);
    if (!published && publishAt && scope.input.publish === "later" && publishAt <= now)
      return refuse("inThePast", "news.refusal.inThePast", "invalid", "date");
    const { title, body, audience, pinned, reactionsOpen } = scope.input;
    const changed = title !== post.title || body !== post.body;
    const version = changed ? post.version + 1 : post.version;
    if (changed)
      await tx
        .insert(newsPostVersions)
        .values({ orgId: scope.orgId, postId: post.id, version, title, body, writtenBy: scope.userId });
    await tx
      .update(newsPosts)
      .set({ title, body, version, audience, publishAt, pinned, reactionsOpen, updatedAt: now })
      .where(ofOrg(newsPosts, scope.orgId, { id: post.id }));
    await setGroups(tx, scope.orgId, post.id, scope.input.groupIds);
    const owner = { kind: NEWS_POST, id: post.id };
    for (const id of scope.removeAttachmentIds) await deleteAttachment(tx, scope.orgId, owner, id);
    await saveAttachments(tx, { orgId: scope.orgId, owner, uploadedBy: scope.userId, files: scope.files });
    const timeChanged = publishAt?.getTime() !== post.publishAt?.getTime();
    if (publishAt && timeChanged && !post.notifiedAt)
      await queueFanout(tx, scope.jobs, scope.orgId, post.id, publishAt, now);
    return { ok: true };
  });
}

/** Pins a post above the others, or takes the pin off. */
export function setPinned(scope: ViewerScope & { writer: Writer; postId: string; pinned: boolean }) {
  return setFlag(scope, { pinned: scope.pinned });
}

/** Lets parents react under a post, or stops it (reactions written stay). */
export function setReactionsOpen(scope: ViewerScope & { writer: Writer; postId: string; open: boolean }) {
  return setFlag(scope, { reactionsOpen: scope.open });
}

function setFlag(
  scope: ViewerScope & { writer: Writer; postId: string },
  values: Partial<typeof newsPosts.$inferInsert>,
): Promise<Outcome<object, WriteRefusal>> {
  return inOrg(scope, async (tx) => {
    const { post, refused } = await lockedPost(tx, scope, scope.postId);
    if (refused) return refused;
    await tx
      .update(newsPosts)
      .set(values)
      .where(ofOrg(newsPosts, scope.orgId, { id: post.id }));
    return { ok: true };
  });
}

/** Writes or replaces the post's translation into a language. */
export function saveTranslation(
  scope: ViewerScope & { writer: Writer; postId: string; locale: string; title: string; body: string },
): Promise<Outcome<object, WriteRefusal>> {
  return inOrg(scope, async (tx) => {
    const { post, refused } = await lockedPost(tx, scope, scope.postId);
    if (refused) return refused;
    const values = { title: scope.title, body: scope.body, writtenBy: scope.userId, updatedAt: new Date() };
    await tx
      .insert(newsTranslations)
      .values({ orgId: scope.orgId, postId: post.id, locale: scope.locale, ...values })
      .onConflictDoUpdate({
        target: [newsTranslations.orgId, newsTranslations.postId, newsTranslations.locale],
        set: values,
      });
    return { ok: true };
  });
}

/** The groups of these posts, by post. */
export async function groupsOfPosts(tx: Tx, orgId: string, postIds: readonly string[]) {
  const map = new Map<string, string[]>();
  if (!postIds.length) return map;
  const rows = await tx
    .select({ postId: newsPostGroups.postId, groupId: newsPostGroups.groupId })
    .from(newsPostGroups)
    .where(and(eq(newsPostGroups.orgId, orgId), inArray(newsPostGroups.postId, [...postIds])));
  for (const row of rows) map.set(row.postId, [...(map.get(row.postId) ?? []), row.groupId]);
  return map;
}

/** The groups this writer may post to: every current group for a manager, a teacher's own. */
export function groupChoices(scope: ViewerScope & { writer: Writer }): Promise<{ id: string; name: string }[]> {
  return inOrg(scope, async (tx) => {
    if (scope.writer.manager) return (await currentGroups(tx, scope.orgId)).map((g) => ({ id: g.id, name: g.name }));
    return (await groupsOfTeacher(tx, scope.orgId, scope.userId)).map((g) => ({ id: g.groupId, name: g.name }));
  });
}
