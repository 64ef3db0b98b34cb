/**
 * Visits every kind of page reachable by links from a start page, as a person
 * clicking around would (GET only, so nothing changes), and checks each one.
 * Pages of one kind (/organisation/pupils/<id>, /trajectory/skip?step=…) are
 * visited once per crawl; a kind already checked on this screen size by an
 * earlier crawl (another role) is still fetched and must answer, and its links
 * are followed, but it is not rendered and checked again.
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
    const kind = pageKind(path);
    const links = options.checked.has(kind) ? await fetchLinks(page, path) : await visitAndCheck(page, path, options);
    if (typeof links === "number") {
      problems.push(`${path} answered ${links}${from(path)}`);
      continue;
    }
    problems.push(...links.problems.map((problem) => `${path}: ${problem}`));
    for (const next of links.paths) {
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

interface PageLinks {
  paths: string[];
  problems: string[];
}

/** A kind not checked yet: opened in the browser, checked (axe, layout), its links read from the page. */
async function visitAndCheck(page: Page, path: string, options: CrawlOptions): Promise<PageLinks | number> {
  const response = await page.goto(path);
  if (!response?.ok()) return response?.status() ?? 0;
  options.checked.add(pageKind(path));
  const problems: string[] = [];
  try {
    await checkPage(page);
  } catch (error) {
    problems.push((error as Error).message);
  }
  const origin = new URL(page.url()).origin;
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return { paths: sameOrigin(hrefs, origin), problems };
}

/**
 * A kind another role (or page) already checked on this screen: it must still answer this
 * person and its links still lead on, but rendering it again in the browser would check
 * nothing new, so it is fetched over HTTP with the page's cookies and its links read from the
 * HTML (the pages' links are all in the server's HTML: every page works without JavaScript).
 */
async function fetchLinks(page: Page, path: string): Promise<PageLinks | number> {
  const response = await page.request.get(new URL(path, page.url()).href);
  if (!response.ok()) return response.status();
  const html = await response.text();
  const hrefs = [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map(
    (m) => new URL(m[1]!.replaceAll("&amp;", "&"), response.url()).href,
  );
  return { paths: sameOrigin(hrefs, new URL(response.url()).origin), problems: [] };
}

/** The same-origin paths among links, with their query (/trajectory/skip?step=… leads to its own form). */
function sameOrigin(hrefs: string[], origin: string): string[] {
  return hrefs
    .map((href) => new URL(href))
    .filter((url) => url.origin === origin)
    .map((url) => url.pathname + url.search);
}
