/**
 * Stories and tips: anyone sends one with a theme; it is shown only after a platform editor
 * approved it, and a rejection goes to the writer with the editor's reason. Approved ones are
 * browsed by theme and searched with PostgreSQL's Dutch full-text search (the generated column
 * campaign_stories.search and its GIN index).
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { recordPlatformAudit } from "../../../audit/record.js";
import type { Db } from "../../../db/client.js";
import { campaignStories } from "../../../db/schema/index.js";
import { notify } from "../../../mail/notify.js";
import { PAGE_SIZE, pageCount, type Paged } from "../../../lib/paging.js";
import type { Locale } from "../../../web/i18n/index.js";
import { localeOf } from "../../../web/i18n/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import type { StoryKind, StoryTheme } from "../domain/choices.js";
import { emailKeyOf } from "../domain/keys.js";
import { campaignStoryDecidedKind } from "../notifications.js";
import { campaignChanged } from "../page-cache.js";
import type { CampaignDeps } from "./endorsements.js";

export interface StoryInput {
  kind: StoryKind;
  theme: StoryTheme;
  title: string;
  body: string;
  signedAs: string;
  email: string;
}

/** Records a story for the editors' queue; nothing is shown yet. */
export async function submitStory(deps: Pick<CampaignDeps, "db" | "secretKey">, input: StoryInput, locale: Locale) {
  const [story] = await deps.db
    .insert(campaignStories)
    .values({ ...input, emailKey: emailKeyOf(deps.secretKey, input.email), locale })
    .returning({ id: campaignStories.id });
  return story!.id;
}

export interface PublishedStory {
  id: string;
  kind: StoryKind;
  theme: StoryTheme;
  title: string;
  body: string;
  signedAs: string;
  publishedAt: Date;
}

const published = {
  id: campaignStories.id,
  kind: campaignStories.kind,
  theme: campaignStories.theme,
  title: campaignStories.title,
  body: campaignStories.body,
  signedAs: campaignStories.signedAs,
  publishedAt: sql<Date>`${campaignStories.decidedAt}`.mapWith(campaignStories.decidedAt),
};

/** Approved stories, newest first, of a theme and matching a search (Dutch stemming), paged. */
export async function approvedStories(
  db: Db,
  options: { theme: StoryTheme | null; search: string; page: number },
): Promise<Paged<PublishedStory>> {
  const s = campaignStories;
  const where = and(
    eq(s.status, "approved"),
    options.theme ? eq(s.theme, options.theme) : undefined,
    options.search ? sql`${s.search} @@ websearch_to_tsquery('dutch', ${options.search})` : undefined,
  );
  const [counted] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(s)
    .where(where);
  const total = Number(counted?.n ?? 0);
  const rows = await db
    .select(published)
    .from(s)
    .where(where)
    .orderBy(desc(s.decidedAt), s.id)
    .limit(PAGE_SIZE)
    .offset((options.page - 1) * PAGE_SIZE);
  return { rows: rows as PublishedStory[], total, pages: pageCount(total) };
}

/** One approved story; null for any other id. */
export async function approvedStory(db: Db, id: string): Promise<PublishedStory | null> {
  const [row] = await db
    .select(published)
    .from(campaignStories)
    .where(and(eq(campaignStories.id, id), eq(campaignStories.status, "approved")));
  return (row as PublishedStory | undefined) ?? null;
}

export interface WaitingStory extends Omit<PublishedStory, "publishedAt"> {
  createdAt: Date;
}

/** The editors' queue: stories waiting for a decision, oldest first. */
export async function storyQueue(db: Db): Promise<WaitingStory[]> {
  const s = campaignStories;
  const rows = await db
    .select({
      id: s.id,
      kind: s.kind,
      theme: s.theme,
      title: s.title,
      body: s.body,
      signedAs: s.signedAs,
      createdAt: s.createdAt,
    })
    .from(s)
    .where(eq(s.status, "pending"))
    .orderBy(asc(s.createdAt), asc(s.id));
  return rows as WaitingStory[];
}

type Decision = { decision: "approve" } | { decision: "reject"; reason: string };

/**
 * An editor's decision on a waiting story: shown from now on, or rejected with a reason the
 * writer is mailed. Either way the writer is told and their address is emptied.
 */
export async function decideStory(
  deps: Pick<CampaignDeps, "db" | "jobs" | "publicUrl">,
  options: { id: string; userId: string } & Decision,
): Promise<Outcome<object, Refused<"notWaiting">>> {
  const outcome = await deps.db.transaction(async (tx) => {
    const [story] = await tx
      .select({ email: campaignStories.email, locale: campaignStories.locale, title: campaignStories.title })
      .from(campaignStories)
      .where(and(eq(campaignStories.id, options.id), eq(campaignStories.status, "pending")))
      .for("update");
    if (!story) return refuse("notWaiting", "campaign.queue.notWaiting", "conflict");
    const approved = options.decision === "approve";
    await tx
      .update(campaignStories)
      .set({
        status: approved ? "approved" : "rejected",
        rejectReason: approved ? null : options.reason,
        decidedBy: options.userId,
        decidedAt: sql`now()`,
        email: null,
      })
      .where(eq(campaignStories.id, options.id));
    // The reason is the writer's to read (mailed); the trail keeps who decided what, about which story.
    await recordPlatformAudit(tx, {
      userId: options.userId,
      action: approved ? "approve" : "decline",
      entity: "campaign_story",
      entityId: options.id,
      detail: story.title,
    });
    if (story.email) {
      const locale = localeOf(story.locale);
      await notify(tx, deps.jobs, campaignStoryDecidedKind, [{ email: story.email, locale }], (_, t) =>
        approved
          ? {
              subject: t("campaign.mail.approved.subject"),
              text: t("campaign.mail.approved.body", {
                title: story.title,
                link: `${deps.publicUrl}/campagne/verhalen/${options.id}`,
              }),
            }
          : {
              subject: t("campaign.mail.rejected.subject"),
              text: t("campaign.mail.rejected.body", { title: story.title, reason: options.reason }),
            },
      );
    }
    return { ok: true as const };
  });
  if (outcome.ok) campaignChanged();
  return outcome;
}
