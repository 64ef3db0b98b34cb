/**
 * Telling people a post is there, once its time has come: a job per post (queued for its time)
 * mails each parent it is for (or, for a staff post, each staff member), in their language, a
 * batch of FANOUT_BATCH people per transaction. The post's row, locked for update, keeps how far
 * the fan-out got (`notified_through`, the last account mailed) and when it finished
 * (`notified_at`), in the transaction of the batch's mails: a retried, duplicated or concurrent
 * job goes on where the last committed batch ended and sends nobody a second mail. A job that
 * runs before the post's time (the time was moved) queues itself again for it.
 */
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { withOrg, type Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { memberships, newsPostGroups, newsPosts, newsTranslations, users } from "../../../db/schema/index.js";
import { richTextAsPlain } from "../../../lib/rich-text/plain.js";
import { letter } from "../../../mail/letter.js";
import { notify } from "../../../mail/notify.js";
import type { Deps } from "../../../web/env.js";
import { localeOf, type Locale } from "../../../web/i18n/index.js";
import { parentAccountsPage, schoolNameOf, type ParentAccount } from "../../pupils/index.js";
import { FANOUT_BATCH } from "../job-names.js";
import { newsFanoutJob } from "../jobs.js";
import { newsPublished } from "../notifications.js";

type FanoutDeps = Pick<Deps, "db" | "jobs" | "config">;

const EXCERPT = 300;

function excerpt(body: string): string {
  const plain = richTextAsPlain(body);
  return plain.length > EXCERPT ? `${plain.slice(0, EXCERPT).trimEnd()}…` : plain;
}

/** The staff of the organisation, a page at a time by account id. */
async function staffPage(tx: Tx, orgId: string, after: string | null, limit: number): Promise<ParentAccount[]> {
  return tx
    .selectDistinctOn([users.id], { userId: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(eq(memberships.orgId, orgId), sql`${memberships.role} <> 'advisor'`, after ? gt(users.id, after) : undefined),
    )
    .orderBy(asc(users.id))
    .limit(limit);
}

/** One batch in one transaction; true when the fan-out is done (or has nothing to do now). */
async function fanOutBatch(deps: FanoutDeps, orgId: string, postId: string, now: Date): Promise<boolean> {
  return withOrg(deps.db, { orgId, userId: null }, async (tx) => {
    const [post] = await tx
      .select()
      .from(newsPosts)
      .where(ofOrg(newsPosts, orgId, { id: postId }))
      .for("update");
    if (!post || post.notifiedAt || !post.publishAt) return true;
    if (post.publishAt > now) {
      await deps.jobs.send(tx, newsFanoutJob, { orgId, postId }, { startAfter: post.publishAt });
      return true;
    }
    const groupIds =
      post.audience === "groups"
        ? (
            await tx
              .select({ groupId: newsPostGroups.groupId })
              .from(newsPostGroups)
              .where(ofOrg(newsPostGroups, orgId, { postId }))
          ).map((row) => row.groupId)
        : ("all" as const);
    const batch =
      post.audience === "staff"
        ? await staffPage(tx, orgId, post.notifiedThrough, FANOUT_BATCH)
        : await parentAccountsPage(tx, orgId, { groupIds, after: post.notifiedThrough, limit: FANOUT_BATCH });
    const translations = new Map(
      (
        await tx
          .select({ locale: newsTranslations.locale, title: newsTranslations.title, body: newsTranslations.body })
          .from(newsTranslations)
          .where(ofOrg(newsTranslations, orgId, { postId }))
      ).map((row) => [row.locale, row]),
    );
    const school = await schoolNameOf(tx, orgId);
    const url = `${deps.config.publicUrl}/news/${postId}`;
    const texts = new Map<Locale, { title: string; excerpt: string }>();
    const textIn = (locale: Locale) => {
      const known = texts.get(locale);
      if (known) return known;
      const source = translations.get(locale) ?? post;
      const text = { title: source.title, excerpt: excerpt(source.body) };
      texts.set(locale, text);
      return text;
    };
    const recipients = batch.map((person) => ({
      ...person,
      locale: localeOf(person.locale),
    }));
    await notify(tx, deps.jobs, newsPublished, recipients, (to, t) => {
      const { title, excerpt } = textIn(to.locale);
      const params = { title, excerpt, url, org: school };
      return {
        subject: t("news.mail.published.subject", params),
        text: letter(t, { name: to.name, from: school }, t("news.mail.published.text", params)),
      };
    });
    const done = batch.length < FANOUT_BATCH;
    await tx
      .update(newsPosts)
      .set({ notifiedThrough: batch.at(-1)?.userId ?? post.notifiedThrough, notifiedAt: done ? now : null })
      .where(ofOrg(newsPosts, orgId, { id: postId }));
    return done;
  });
}

/** Mails everyone a published post is for, batch after batch; returns the batches it took. */
export async function fanOutPost(deps: FanoutDeps, orgId: string, postId: string, now = new Date()): Promise<number> {
  let batches = 0;
  while (!(await fanOutBatch(deps, orgId, postId, now))) batches++;
  return batches + 1;
}
