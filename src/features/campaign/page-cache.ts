/**
 * The campaign's public pages, kept rendered in this process. The campaign page is the platform's
 * front door and must answer about as fast as a health check (docs/campaign.md has the figures):
 * rendering it (rich text, the count, news) on every request would not. A page is kept per path,
 * query and language for at most CACHE_MS; any change in this process (a confirmation, a
 * withdrawal, an edit, an approved story) forgets them all at once, so whoever changed something
 * sees it on their next request; other processes follow within CACHE_MS. Concurrent requests for a
 * page that is not kept wait for one rendering. Bounded: past MAX_PAGES the oldest go first.
 *
 * Every answer carries an ETag (a hash of the page) and Cache-Control that lets a shared proxy
 * keep it for CACHE_MS while a browser asks again each time (a 304 when nothing changed): the
 * page holds no cookie and nothing of the visitor, only their language (Vary).
 */
import { createHash } from "node:crypto";
import type { Context } from "hono";
import type { AppEnv } from "../../web/env.js";
import type { Locale } from "../../web/i18n/index.js";
import { publicLocale } from "../../web/layout.js";

export const CACHE_MS = 10_000;
const MAX_PAGES = 500;

interface Kept {
  html: string;
  etag: string;
  until: number;
}

const kept = new Map<string, Kept>();
const rendering = new Map<string, Promise<Kept>>();
let generation = 0;

/** Something the public pages show changed: every kept page is forgotten. */
export function campaignChanged(): void {
  generation++;
  kept.clear();
  rendering.clear();
}

async function keptPage(key: string, render: () => Promise<string>): Promise<Kept> {
  const now = Date.now();
  const page = kept.get(key);
  if (page && page.until > now) return page;
  const pending = rendering.get(key);
  if (pending) return pending;
  const started = generation;
  const promise = render().then((html) => {
    const fresh = {
      html,
      etag: `"${createHash("sha1").update(html).digest("base64url")}"`,
      until: Date.now() + CACHE_MS,
    };
    if (generation === started) {
      kept.delete(key);
      if (kept.size >= MAX_PAGES) kept.delete(kept.keys().next().value!);
      kept.set(key, fresh);
    }
    return fresh;
  });
  rendering.set(key, promise);
  try {
    return await promise;
  } finally {
    if (rendering.get(key) === promise) rendering.delete(key);
  }
}

/** Answers a public page from the cache (or renders it), with 304 when the visitor has it already. */
export async function servePublicPage(
  c: Context<AppEnv>,
  render: (locale: Locale) => Promise<string>,
): Promise<Response> {
  const locale = publicLocale(c);
  const url = new URL(c.req.url);
  const page = await keptPage(`${locale} ${url.pathname}${url.search}`, () => render(locale));
  const headers = {
    ETag: page.etag,
    "Cache-Control": `public, max-age=0, s-maxage=${CACHE_MS / 1000}, must-revalidate`,
    Vary: "Accept-Language, Cookie",
    "Content-Language": locale,
  };
  const asked = c.req.header("if-none-match");
  if (asked && asked.split(",").some((tag) => tag.trim().replace(/^W\//, "") === page.etag))
    return c.body(null, 304, headers);
  return c.html(page.html, 200, headers);
}
