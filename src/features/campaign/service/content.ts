/** The campaign page's text (per language, Markdown) and its news items, written by platform editors. */
import { desc, eq, sql } from "drizzle-orm";
import type { Db, Executor } from "../../../db/client.js";
import { campaignNews, campaignTexts } from "../../../db/schema/index.js";
import type { Locale } from "../../../web/i18n/index.js";
import { defaultCampaignText } from "../domain/default-text.js";
import { campaignChanged } from "../page-cache.js";

/** The text of the campaign page in a language: the editors' version, else the built-in one. */
export async function campaignText(db: Db, locale: Locale): Promise<string> {
  const [row] = await db
    .select({ body: campaignTexts.body })
    .from(campaignTexts)
    .where(eq(campaignTexts.locale, locale));
  return row?.body ?? defaultCampaignText(locale);
}

export async function saveCampaignText(db: Db, options: { locale: Locale; body: string; userId: string | null }) {
  await db
    .insert(campaignTexts)
    .values({ locale: options.locale, body: options.body, updatedBy: options.userId })
    .onConflictDoUpdate({
      target: campaignTexts.locale,
      set: { body: options.body, updatedBy: options.userId, updatedAt: sql`now()` },
    });
  campaignChanged();
}

export interface NewsItem {
  id: string;
  title: string;
  body: string;
  publishedAt: Date;
}

const newsColumns = {
  id: campaignNews.id,
  title: campaignNews.title,
  body: campaignNews.body,
  publishedAt: campaignNews.publishedAt,
};

/** The newest news items. */
export async function campaignNewsItems(db: Db, limit = 10): Promise<NewsItem[]> {
  return db
    .select(newsColumns)
    .from(campaignNews)
    .orderBy(desc(campaignNews.publishedAt), desc(campaignNews.id))
    .limit(limit);
}

/** One news item, for the question whether to delete it; null when it is gone. */
export async function campaignNewsItem(db: Db, id: string): Promise<NewsItem | null> {
  const [item] = await db.select(newsColumns).from(campaignNews).where(eq(campaignNews.id, id));
  return item ?? null;
}

/**
 * A news item, in the caller's transaction (the editors' form posts it once, decision 007): the
 * caller forgets the kept public pages (campaignChanged) after its commit, so that no page rendered
 * before the commit is kept without the item.
 */
export async function postNews(db: Executor, options: { title: string; body: string; userId: string | null }) {
  await db.insert(campaignNews).values({ title: options.title, body: options.body, createdBy: options.userId });
}

export async function deleteNews(db: Db, id: string): Promise<boolean> {
  const gone = await db.delete(campaignNews).where(eq(campaignNews.id, id)).returning({ id: campaignNews.id });
  campaignChanged();
  return gone.length > 0;
}
