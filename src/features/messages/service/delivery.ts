/**
 * Telling the other side of a thread about a post, by mail in their language, naming the child.
 * A staff post goes to the parents at once (urgent: a message from the school about your child).
 * A parent's post goes to the staff when it is delivered: at once outside the quiet hours, or by
 * the delivery job when they end. The post's `notified_at` is the mark: it is set in the
 * transaction that records the mails, under the post's row lock, so a retried or duplicated job
 * sends nothing twice.
 */
import { childInGroup } from "../../../web/group-name.js";
import { eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg } from "../../../db/org-scope.js";
import { messagePosts, users } from "../../../db/schema/index.js";
import type { Jobs } from "../../../jobs/queue.js";
import { letter } from "../../../mail/letter.js";
import { notify } from "../../../mail/notify.js";
import type { Db } from "../../../db/client.js";
import { localeOf } from "../../../web/i18n/index.js";
import { deliverPostJob } from "../jobs.js";
import { messageFromParent, messageFromSchool } from "../notifications.js";
import { schoolNameOf } from "../../pupils/index.js";
import { childOf, findThread, parentRecipients, staffRecipients, type Child, type Thread } from "./access.js";

export interface Messenger {
  jobs: Pick<Jobs, "send">;
  publicUrl: string;
}

type Post = typeof messagePosts.$inferSelect;

async function authorName(tx: Tx, post: Post): Promise<string> {
  if (!post.authorId) return "";
  const [author] = await tx.select({ name: users.name }).from(users).where(eq(users.id, post.authorId));
  return author?.name ?? "";
}

/** Mails the post to the other side and marks it notified; in the caller's transaction. */
export async function notifyPost(tx: Tx, messenger: Messenger, post: Post, thread: Thread, child: Child) {
  const from = await schoolNameOf(tx, post.orgId);
  const author = await authorName(tx, post);
  const link = `${messenger.publicUrl}/messages/${thread.id}`;
  if (post.side === "staff") {
    const recipients = parentRecipients(child, thread)
      .filter((g) => g.userId !== post.authorId)
      .map((g) => ({ email: g.email!, name: g.name, locale: localeOf(g.locale) }));
    await notify(tx, messenger.jobs, messageFromSchool, recipients, (to, t) => ({
      subject: t("messages.mail.fromSchool.subject", { child: child.firstName, subject: thread.subject }),
      text: letter(
        t,
        { name: to.name, from },
        t("messages.mail.fromSchool.text", { author, child: child.name, subject: thread.subject, link }),
      ),
    }));
  } else {
    const staff = await staffRecipients(tx, child, thread, post.authorId);
    const recipients = staff.map((s) => ({ email: s.email, name: s.name, locale: localeOf(s.locale) }));
    await notify(tx, messenger.jobs, messageFromParent, recipients, (to, t) => {
      // "Daan (groep 7)", or just "Daan" for a child without a group.
      const childAndGroup = childInGroup(t, child.name, child.groupName);
      return {
        subject: t("messages.mail.fromParent.subject", { childInGroup: childAndGroup, subject: thread.subject }),
        text: letter(
          t,
          { name: to.name, from },
          t("messages.mail.fromParent.text", {
            author,
            child: child.name,
            childInGroup: childAndGroup,
            subject: thread.subject,
            link,
          }),
        ),
      };
    });
  }
  await tx
    .update(messagePosts)
    .set({ notifiedAt: sql`now()` })
    .where(ofOrg(messagePosts, post.orgId, { id: post.id }));
}

/**
 * The job's work: a parent's post written in quiet hours, delivered to staff now. Nothing when it
 * was notified already (a retry) or is gone; queued again when it runs before its moment.
 */
export function deliverPost(
  deps: { db: Db; messenger: Messenger },
  job: { orgId: string; postId: string },
  now: Date = new Date(),
): Promise<"delivered" | "done" | "later"> {
  return inOrg({ db: deps.db, orgId: job.orgId, userId: null }, async (tx) => {
    const [post] = await tx
      .select()
      .from(messagePosts)
      .where(ofOrg(messagePosts, job.orgId, { id: job.postId }, isNull(messagePosts.notifiedAt)))
      .for("update");
    if (!post) return "done";
    if (post.deliverAt.getTime() > now.getTime()) {
      await deps.messenger.jobs.send(tx, deliverPostJob, job, { startAfter: post.deliverAt });
      return "later";
    }
    const thread = await findThread(tx, job.orgId, post.threadId);
    const child = thread ? await childOf(tx, job.orgId, thread.pupilId) : null;
    if (!thread || !child) return "done";
    await notifyPost(tx, deps.messenger, post, thread, child);
    return "delivered";
  });
}
