/**
 * Visits every kind of page reachable by links from a start page, as a person
 * clicking around would (GET only, so nothing changes), and checks each one.
 * Pages of one kind (/organisation/pupils/<id>, /trajectory/skip?step=…) are
 * visited once per crawl; a kind already checked on this screen size by an
 * earlier crawl (another role) is still visited and must answer, but axe and the
 * layout checks do not run on it again.
 */
import type { Page } from "playwright-core";
import { checkPage } from "./harness.js";

/** Downloads: fetched and must answer, but no page to check. */
export const FILE = /\.(pdf|csv|xlsx|ics|json)$|\/(pdf|csv|xlsx)$|^\/attachments\//;
const ID = /\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/|$)/gi;

/** The advice desk's questions and guides are named by a slug, not an id: one page of each kind. */
const SLUG = /^(\/advice\/(?:faq|library|manage))\/(?!new$)[a-z0-9-]+(?=\/|$)/;

/** The kind of page a path is: query dropped and ids replaced, so /pupils/<a> and /pupils/<b> count once. */
export function pageKind(path: string): string {
  return (path.split("?")[0] ?? path).replace(ID, "/:id").replace(SLUG, "$1/:slug");
}

export interface CrawlOptions {
  /** Paths (without query) to follow, e.g. /^\/organisation/. */
  within: RegExp;
  /** Never more than this many pages, so a crawl always ends. */
  limit: number;
  /** Page kinds already checked on this screen size; the crawl adds the ones it checks. */
  checked: Set<string>;
}

export interface CrawlResult {
  /** The paths visited (with their query), in order. */
  visited: string[];
  /** Every dead link, axe violation and layout problem found, each naming its page. */
  problems: string[];
}

/** Crawls on past a failing page, so one run reports every problem of the role at once. */
export async function crawl(page: Page, start: string, options: CrawlOptions): Promise<CrawlResult> {
  const queue = [start];
  const seen = new Set([pageKind(start)]);
  const visited: string[] = [];
  const problems: string[] = [];
  const linkedFrom = new Map<string, string>();
  const from = (path: string) => (linkedFrom.has(path) ? ` (linked from ${linkedFrom.get(path)})` : "");
  while (queue.length && visited.length < options.limit) {
    const path = queue.shift() ?? start;
    visited.push(path);
    if (FILE.test(pageKind(path))) {
      const file = await page.request.get(new URL(path, page.url()).href);
      if (!file.ok()) problems.push(`${path} answered ${file.status()}${from(path)}`);
      continue;
    }
    const response = await page.goto(path);
    if (!response?.ok()) {
      problems.push(`${path} answered ${response?.status()}${from(path)}`);
      continue;
    }
    const kind = pageKind(path);
    if (!options.checked.has(kind)) {
      options.checked.add(kind);
      try {
        await checkPage(page);
      } catch (error) {
        problems.push(`${path}: ${(error as Error).message}`);
      }
    }
    for (const next of await linksOn(page)) {
      const nextKind = pageKind(next);
      if (options.within.test(nextKind) && !seen.has(nextKind)) {
        seen.add(nextKind);
        linkedFrom.set(next, path);
        queue.push(next);
      }
    }
  }
  return { visited, problems };
}

/** The same-origin paths the page links to, with their query (/trajectory/skip?step=… leads to its own form). */
async function linksOn(page: Page): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs
    .map((href) => new URL(href))
    .filter((url) => url.origin === origin)
    .map((url) => url.pathname + url.search);
}
