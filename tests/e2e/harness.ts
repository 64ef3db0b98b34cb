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
  expect(report, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** Nothing sticks out sideways: the page fits the 360 px phone without horizontal scrolling. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  const viewport = page.viewportSize()?.width ?? 0;
  expect(width, `page ${page.url()} is ${width} px wide on a ${viewport} px screen`).toBeLessThanOrEqual(viewport);
}

/** What every visited page must pass: axe, and no sideways scrolling at the context's width. */
export async function checkPage(page: Page): Promise<void> {
  await checkA11y(page);
  await expectNoHorizontalScroll(page);
}

/** The visible text of the main landmark, whitespace squeezed. */
export async function mainText(page: Page): Promise<string> {
  return (await page.locator("main").innerText()).replace(/\s+/g, " ");
}
