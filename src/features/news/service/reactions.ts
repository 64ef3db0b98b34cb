/**
 * Reactions under a post: a parent who can see a post writes a comment or a question, unless
 * its author switched reactions off (refused, with the reason, nothing stored); staff answer, and
 * the parent gets the answer by mail. Everyone who sees the post sees its reactions, other
 * parents' signed only as "a parent"; a hidden reaction is shown to its writer alone, with the
 * reason. Moderation (report, hide, restore, keep) is the shared one (src/moderation), with the
 * reaction's own columns as its hidden state.
 */
import { asc, eq, isNull, or } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { newsPosts, newsReactions, newsTranslations, users } from "../../../db/schema/index.js";
import { letter } from "../../../mail/letter.js";
import { asRecipient, notify, type MailDeps } from "../../../mail/notify.js";
import {
  moderationCommands,
  moderationQueue,
  setHiddenIn,
  type ModeratedKind,
  type QueueItem,
} from "../../../moderation/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { newsAnswered } from "../notifications.js";
import type { ReactionKind } from "../schemas.js";
import { schoolNameOf } from "../../pupils/index.js";
import { translatedTitle, translationInto } from "./translations.js";
import { maySeePost, readerOf } from "./visibility.js";

export const NEWS_REACTION = "news_reaction";

export interface ReactionView {
  id: string;
  kind: ReactionKind;
  body: string;
  createdAt: Date;
  /** Staff see the writer's name; a parent sees null for others ("a parent") and knows their own by `mine`. */
  author: string | null;
  mine: boolean;
  answer: string | null;
  answeredAt: Date | null;
  hiddenReason: string | null;
}

/** The reactions of a post this person may see: all shown ones, and their own hidden ones with the reason. */
export async function reactionsOf(tx: Tx, scope: ViewerScope, postId: string, staff: boolean): Promise<ReactionView[]> {
  const rows = await tx
    .select({
      id: newsReactions.id,
      kind: newsReactions.kind,
      body: newsReactions.body,
      createdAt: newsReactions.createdAt,
      authorId: newsReactions.authorId,
      name: users.name,
      answer: newsReactions.answer,
      answeredAt: newsReactions.answeredAt,
      hiddenReason: newsReactions.hiddenReason,
    })
    .from(newsReactions)
    .leftJoin(users, eq(users.id, newsReactions.authorId))
    .where(
      ofOrg(
        newsReactions,
        scope.orgId,
        { postId },
        staff ? undefined : or(isNull(newsReactions.hiddenAt), eq(newsReactions.authorId, scope.userId)),
      ),
    )
    .orderBy(asc(newsReactions.createdAt), asc(newsReactions.id));
  return rows.map(({ authorId, name, ...row }) => ({
    ...row,
    kind: row.kind as ReactionKind,
    author: staff ? name : null,
    mine: authorId === scope.userId,
  }));
}

export type ReactRefusal = Refused<"reactionsOff">;

/** A parent reacts under a post they can see; refused while its reactions are off. */
export function reactToPost(
  scope: ViewerScope & { postId: string; kind: ReactionKind; body: string },
): Promise<Outcome<object, ReactRefusal>> {
  return inOrg(scope, async (tx) => {
    const reader = await readerOf(tx, scope.orgId, scope.userId, false);
    if (!(await maySeePost(tx, scope.orgId, scope.postId, reader))) throw new NotFoundError("news post");
    const [post] = await tx
      .select({ open: newsPosts.reactionsOpen })
      .from(newsPosts)
      .where(ofOrg(newsPosts, scope.orgId, { id: scope.postId }))
      .for("share");
    if (!post?.open) return refuse("reactionsOff", "news.refusal.reactionsOff", "conflict", "body");
    await tx
      .insert(newsReactions)
      .values({ orgId: scope.orgId, postId: scope.postId, authorId: scope.userId, kind: scope.kind, body: scope.body });
    return { ok: true };
  });
}

async function reactionOfPost(tx: Tx, orgId: string, postId: string, reactionId: string, lock: boolean) {
  const query = tx
    .select()
    .from(newsReactions)
    .where(ofOrg(newsReactions, orgId, { postId, id: reactionId }));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new NotFoundError("news reaction");
  return row;
}

/** Staff answer a reaction; its writer gets the answer by mail. */
export function answerReaction(
  scope: ViewerScope & {
    postId: string;
    reactionId: string;
    answer: string;
    deps: MailDeps;
  },
): Promise<void> {
  return inOrg(scope, async (tx) => {
    const reaction = await reactionOfPost(tx, scope.orgId, scope.postId, scope.reactionId, true);
    await tx
      .update(newsReactions)
      .set({ answer: scope.answer, answeredBy: scope.userId, answeredAt: new Date() })
      .where(ofOrg(newsReactions, scope.orgId, { id: reaction.id }));
    const [writer] = await tx
      .select({ email: users.email, name: users.name, locale: users.locale })
      .from(users)
      .where(eq(users.id, reaction.authorId));
    if (!writer) return;
    const to = asRecipient(writer);
    // The title as the parent reads the post: its translation into their language when there is one.
    const [post] = await tx
      .select({ title: translatedTitle })
      .from(newsPosts)
      .leftJoin(newsTranslations, translationInto(to.locale))
      .where(ofOrg(newsPosts, scope.orgId, { id: scope.postId }));
    const school = await schoolNameOf(tx, scope.orgId);
    const url = `${scope.deps.publicUrl}/news/${scope.postId}#reaction-${reaction.id}`;
    await notify(tx, scope.deps.jobs, newsAnswered, [to], (recipient, t) => {
      const params = { title: post?.title ?? "", answer: scope.answer, url };
      return {
        subject: t("news.mail.answered.subject", params),
        text: letter(t, { name: recipient.name, from: school }, t("news.mail.answered.text", params)),
      };
    });
  });
}

/** A news reaction as the shared moderation sees it. */
export const reactionModeration: ModeratedKind = {
  kind: NEWS_REACTION,
  auditEntity: "news_reaction",
  async lock(tx, scope, reactionId) {
    const [row] = await tx
      .select()
      .from(newsReactions)
      .where(ofOrg(newsReactions, scope.orgId, { id: reactionId }))
      .for("update");
    if (!row) return null;
    const mine = row.authorId === scope.userId;
    return { authorId: row.authorId, hiddenReason: row.hiddenReason, seenByViewer: mine || row.hiddenAt === null };
  },
  setHidden: setHiddenIn(newsReactions),
};

type ReactionScope = ViewerScope & { postId: string; reactionId: string; staff: boolean };

/** The reaction must be under this post, and the post one the person can see. */
async function checkReaction(tx: Tx, scope: ReactionScope) {
  const reader = await readerOf(tx, scope.orgId, scope.userId, scope.staff);
  if (!(await maySeePost(tx, scope.orgId, scope.postId, reader))) throw new NotFoundError("news post");
  await reactionOfPost(tx, scope.orgId, scope.postId, scope.reactionId, false);
}

export const {
  report: reportReaction,
  hide: hideReaction,
  restore: restoreReaction,
  keep: keepReaction,
} = moderationCommands(reactionModeration, (scope: ReactionScope) => scope.reactionId, checkReaction);

export interface ReportedReaction extends QueueItem {
  postId: string;
  excerpt: string;
}

/** The reported reactions waiting for the moderators, with where they are. */
export function reportedReactions(scope: ViewerScope): Promise<ReportedReaction[]> {
  return inOrg(scope, async (tx) => {
    const items = await moderationQueue(tx, scope, [NEWS_REACTION]);
    const result: ReportedReaction[] = [];
    for (const item of items) {
      const [row] = await tx
        .select({ postId: newsReactions.postId, body: newsReactions.body })
        .from(newsReactions)
        .where(ofOrg(newsReactions, scope.orgId, { id: item.contentId }));
      if (row) result.push({ ...item, postId: row.postId, excerpt: row.body.slice(0, 80) });
    }
    return result;
  });
}
