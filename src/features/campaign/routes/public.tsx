/**
 * The public pages, answered before the session (the manifest's publicRoutes) from the page cache
 * (page-cache.ts), with ETag and Cache-Control for a proxy: the campaign page, the list of
 * endorsers, stories and tips. They set no cookie and show nothing of the visitor. A search is
 * rate-limited per client address in memory (each one not yet kept costs a query).
 */
import { Hono, type Context } from "hono";
import { clientIp } from "../../../web/client-ip.js";
import type { AppEnv } from "../../../web/env.js";
import { publicPageHtml } from "../../../web/layout.js";
import { memoryRateLimitPer } from "../../../web/memory-rate-limit.js";
import { NotFoundError } from "../../../web/errors.js";
import { cleanSearch, pageNumber } from "../../../lib/paging.js";
import { isId } from "../../../web/route-context.js";
import { storyThemes, type StoryTheme } from "../domain/choices.js";
import { servePublicPage } from "../page-cache.js";
import { campaignNewsItems, campaignText } from "../service/content.js";
import { campaignCount } from "../service/counts.js";
import { publicEndorsers } from "../service/endorsers.js";
import { approvedStories, approvedStory } from "../service/stories.js";
import { CampaignPage, EndorsersPage, StoriesPage, StoryPage } from "../views/public.js";

/** Searches per client address per minute (per server process). */
export const SEARCH_LIMIT = 60;
// One per app's database: tests run several apps in one process, each with its own visitors.
const searchLimitOf = memoryRateLimitPer((_: object) => ({ limit: SEARCH_LIMIT, windowSeconds: 60 }));

function limitSearch(c: Context<AppEnv>, search: string) {
  if (search) searchLimitOf(c.var.deps.db)(clientIp(c), "campaign search");
}

export const campaignPublicRoutes = new Hono<AppEnv>()
  .get("/campagne", (c) =>
    servePublicPage(c, async (locale) => {
      const db = c.var.deps.db;
      const [text, count, news, stories] = await Promise.all([
        campaignText(db, locale),
        campaignCount(db),
        campaignNewsItems(db, 5),
        approvedStories(db, { theme: null, search: "", page: 1 }),
      ]);
      return publicPageHtml(locale, (t) => ({
        title: t("campaign.title"),
        children: (
          <CampaignPage
            t={t}
            locale={locale}
            text={text}
            count={count}
            news={news}
            stories={stories.rows.slice(0, 3)}
          />
        ),
      }));
    }),
  )
  .get("/campagne/onderschrijvers", (c) => {
    const search = cleanSearch(c.req.query("q"));
    const page = pageNumber(c.req.query("page"));
    limitSearch(c, search);
    return servePublicPage(c, async (locale) => {
      const list = await publicEndorsers(c.var.deps.db, { search, page });
      return publicPageHtml(locale, (t) => ({
        title: t("campaign.list.title"),
        children: <EndorsersPage t={t} search={search} page={page} list={list} />,
      }));
    });
  })
  .get("/campagne/verhalen", (c) => {
    const search = cleanSearch(c.req.query("q"));
    const page = pageNumber(c.req.query("page"));
    const asked = c.req.query("thema");
    const theme = storyThemes.includes(asked as StoryTheme) ? (asked as StoryTheme) : null;
    limitSearch(c, search);
    return servePublicPage(c, async (locale) => {
      const list = await approvedStories(c.var.deps.db, { theme, search, page });
      return publicPageHtml(locale, (t) => ({
        title: t("campaign.stories.title"),
        children: <StoriesPage t={t} theme={theme} search={search} page={page} list={list} />,
      }));
    });
  })
  // Only an id: /campagne/verhalen/nieuw is the form, behind the session.
  .get("/campagne/verhalen/:story{[0-9a-fA-F-]{36}}", (c) => {
    const id = c.req.param("story");
    if (!isId(id)) throw new NotFoundError("story");
    return servePublicPage(c, async (locale) => {
      const story = await approvedStory(c.var.deps.db, id);
      if (!story) throw new NotFoundError("story");
      return publicPageHtml(locale, (t) => ({
        title: story.title,
        children: <StoryPage t={t} locale={locale} story={story} />,
      }));
    });
  });
