/**
 * Visits every kind of page reachable by links from a start page, as a person
 * clicking around would (GET only, so nothing changes), and checks each one.
 * Pages of one kind (/organisation/pupils/<id>, …) are visited once.
 */
import type { Page } from "playwright-core";
import { checkPage } from "./harness.js";

const FILE = /\.(pdf|csv|xlsx|ics|json)$/;
const ID = /\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/|$)/gi;

/** The kind of page a path is: ids replaced, so /pupils/<a> and /pupils/<b> count once. */
export function pageKind(path: string): string {
  return path.replace(ID, "/:id");
}

export interface CrawlOptions {
  /** Paths (without query) to follow, e.g. /^\/organisation/. */
  within: RegExp;
  /** Never more than this many pages, so a crawl always ends. */
  limit: number;
}

/** Returns the paths visited, in order; every page passed checkPage. */
export async function crawl(page: Page, start: string, options: CrawlOptions): Promise<string[]> {
  const queue = [start];
  const seen = new Set([pageKind(start)]);
  const visited: string[] = [];
  while (queue.length && visited.length < options.limit) {
    const path = queue.shift() ?? start;
    if (FILE.test(path)) {
      // A download (PDF, spreadsheet, calendar) is no page to check: it must only answer.
      const file = await page.request.get(new URL(path, page.url()).href);
      if (!file.ok()) throw new Error(`${path} answered ${file.status()}`);
      visited.push(path);
      continue;
    }
    const response = await page.goto(path);
    if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
    await checkPage(page);
    visited.push(path);
    for (const next of await linksOn(page)) {
      const kind = pageKind(next);
      if (options.within.test(next) && !seen.has(kind)) {
        seen.add(kind);
        queue.push(next);
      }
    }
  }
  return visited;
}

/** The same-origin paths the page links to (query strings dropped: they filter, not lead elsewhere). */
async function linksOn(page: Page): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs
    .map((href) => new URL(href))
    .filter((url) => url.origin === origin)
    .map((url) => url.pathname);
}
