/**
 * Browser test harness: the real server (./server.ts) and Debian's Chromium,
 * driven by playwright-core. No browser is ever downloaded.
 *
 * useE2E() registers the hooks of a test file: one server and one browser for
 * the file, a fresh browser context per call of newPage(), and everything
 * stopped in afterAll even when a test failed.
 */
import { AxeBuilder } from "@axe-core/playwright";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { startServer, type RunningServer } from "./server.js";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A phone: the narrowest width the product promises to work at. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

export interface E2E {
  readonly baseUrl: string;
  /** A page in a new, cookie-less browser context (Dutch unless the options say otherwise). */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

export function useE2E(): E2E {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    const errors = pageErrors.splice(0);
    expect(errors, "the browser reported errors (script errors, CSP violations)").toEqual([]);
  });

  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await browser?.close().catch(() => {});
    await server?.stop();
  });

  return {
    get baseUrl() {
      if (!server) throw new Error("the server is not running (beforeAll failed?)");
      return server.baseUrl;
    },
    async newPage(options = {}) {
      if (!browser || !server) throw new Error("the browser is not running (beforeAll failed?)");
      const context = await browser.newContext({ baseURL: server.baseUrl, locale: "nl-NL", ...options });
      contexts.push(context);
      const page = await context.newPage();
      collectErrors(page, pageErrors);
      return page;
    },
  };
}

/**
 * Script errors, console errors and failed subresources (a missing stylesheet,
 * a script blocked by the CSP) fail the test; a 4xx page the test asked for does not.
 */
function collectErrors(page: Page, into: string[]): void {
  page.on("pageerror", (error) => into.push(`${page.url()}: ${error.message}`));
  page.on("console", (message) => {
    // Failed loads are reported below with their address; the console line names none.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      into.push(`${page.url()}: ${message.text()}`);
  });
  page.on("response", (response) => {
    const request = response.request();
    if (response.status() >= 400 && !request.isNavigationRequest())
      into.push(`${page.url()}: ${response.status()} for ${request.url()}`);
  });
}

/**
 * Signs in as a person would: ask for a link, open it from the outbox, press the
 * button. With check, every page on the way passes checkPage.
 */
export async function signInAs(page: Page, email: string, options: { check?: boolean } = {}): Promise<void> {
  const check = options.check ? () => checkPage(page) : async () => {};
  await page.goto("/sign-in");
  await check();
  await page.locator("#field-email").fill(email);
  await submit(page, page.locator("main form button[type=submit]"));
  await check();
  await page.goto("/dev/outbox");
  await check();
  // The outbox lists the newest mail first.
  const mail = page.locator("article.mail", { hasText: email }).first();
  await mail.locator("a[href*='/sign-in/link']").first().click();
  await page.waitForURL("**/sign-in/link?token=*");
  await check();
  await submit(page, page.locator("main form button[type=submit]"));
  expect(new URL(page.url()).pathname).toBe("/home");
}

/** Opens the header's menu where it is folded (a phone), as a person would before choosing a link in it. */
export async function openMenu(page: Page): Promise<void> {
  const menu = page.locator("header details.site-menu");
  if ((await menu.count()) && !(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) {
    if (await menu.locator("summary").isVisible()) await menu.locator("summary").click();
  }
}

/** Presses a button that submits a form and waits until the page it leads to has loaded. */
export async function submit(page: Page, button: Locator): Promise<void> {
  const navigated = page.waitForEvent("framenavigated", (frame) => frame === page.mainFrame());
  await button.click();
  await navigated;
  await page.waitForLoadState("load");
}

/** Fails on any serious or critical WCAG 2.x A/AA violation axe finds on the page as it is now. */
export async function checkA11y(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = bad.map((v) => {
    const nodes = v.nodes.map(
      (n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ")}`,
    );
    return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join("\n")}`;
  });
  if (report.length) expect.fail(`accessibility violations on ${page.url()}:\n${report.join("\n")}`);
}

/** Nothing sticks out sideways: the page fits the 360 px phone without horizontal scrolling. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  const viewport = page.viewportSize()?.width ?? 0;
  expect(width, `page ${page.url()} is ${width} px wide on a ${viewport} px screen`).toBeLessThanOrEqual(viewport);
}

/**
 * Nothing is cut off or squeezed inside the page either: no element scrolls or cuts its content
 * sideways unless it is a table's named, focusable scroll region (web/components/scroll-table.tsx);
 * no text runs down the screen a few letters a line; no heading breaks a word without a hyphen.
 */
export async function expectReadableLayout(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.className ? ` class="${String(el.className)}"` : ""}> "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    const visible = (el: Element) => el.getClientRects().length > 0 && !el.closest(".visually-hidden, [hidden]");
    // Clipped to nothing for screen readers alone, as a stacked table's column headers on a phone: none to read cut off.
    const clippedAway = (el: Element) => {
      for (let at: Element | null = el; at; at = at.parentElement)
        if (getComputedStyle(at).clip === "rect(0px, 0px, 0px, 0px)") return true;
      return false;
    };
    for (const el of document.querySelectorAll("body *")) {
      // A field may scroll its own long value; that is no layout fault.
      if (!visible(el) || el.clientWidth === 0 || el.matches("input, textarea, select")) continue;
      const scrollRegion = el.matches(".table-scroll[role=region][tabindex='0'][aria-label]");
      if (el.scrollWidth > el.clientWidth + 1 && !scrollRegion && !clippedAway(el))
        found.push(`content wider than its box (${el.scrollWidth} > ${el.clientWidth} px): ${describe(el)}`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const parent = node.parentElement;
      if (!parent || !visible(parent) || text.trim().length < 12) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      if (lines >= 3 && text.trim().length / lines < 6)
        found.push(`text squeezed to ${lines} lines of a few letters: ${describe(parent)}`);
      if (!parent.closest("h1, h2, h3")) continue;
      // A line that starts between two letters broke a word without a hyphen (a soft hyphen sits between them).
      const top = (i: number) => {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect().top;
      };
      for (let i = 1; i < text.length; i++)
        if (/\p{L}/u.test(text[i - 1] ?? "") && /\p{L}/u.test(text[i] ?? "") && top(i) > top(i - 1) + 4)
          found.push(`heading breaks a word without a hyphen: ${describe(parent)}`);
    }
    return found;
  });
  // One message with every problem (each once), so a failing page shows all it has to fix.
  if (problems.length)
    expect.fail(
      `layout problems on ${page.url()} at ${page.viewportSize()?.width} px:\n  ${[...new Set(problems)].join("\n  ")}`,
    );
}

/** What every visited page must pass: axe, no sideways scrolling, nothing cut off or squeezed. */
export async function checkPage(page: Page): Promise<void> {
  await checkA11y(page);
  await expectNoHorizontalScroll(page);
  await expectReadableLayout(page);
}

/** The visible text of the main landmark, whitespace squeezed. */
export async function mainText(page: Page): Promise<string> {
  return (await page.locator("main").innerText()).replace(/\s+/g, " ");
}
