/**
 * Every kind of page each role can reach by following links from its home page
 * (GET only, so nothing changes): each answers, passes axe and fits the screen.
 * The school leader on a desktop and a phone; the others on a phone, where
 * reflow problems show.
 */
import { describe, expect, it } from "vitest";
import type { BrowserContextOptions } from "playwright-core";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { PHONE, checkPage, mainText, signInAs, useE2E } from "./harness.js";
import { crawl, pageKind } from "./crawl.js";

const e2e = useE2E();
/** Dozens of pages, each checked by axe: more than one ordinary test's time on a busy machine. */
const CRAWL_TIMEOUT_MS = 600_000;
/** The signed-in part of the app; sign-out and language are forms, so never followed. */
const APP_PAGES = /^\/(home|account|organisation|conversations|admin)(\/|$)/;

async function pagesOf(email: string, device: BrowserContextOptions): Promise<string[]> {
  const page = await e2e.newPage(device);
  await signInAs(page, email);
  return (await crawl(page, "/home", { within: APP_PAGES, limit: 80 })).map(pageKind);
}

describe.each([
  ["desktop", {}],
  ["phone", PHONE],
])("on %s", (_name, device) => {
  it(
    "the school leader reaches every kind of page of the organisation",
    async () => {
      const visited = await pagesOf(DEMO_ACCOUNTS.leader, device);
      // The crawl must have reached the administration, not stopped at the door.
      expect(visited).toEqual(
        expect.arrayContaining([
          "/home",
          "/account",
          "/organisation",
          "/organisation/groups",
          "/organisation/groups/:id",
          "/organisation/pupils",
          "/organisation/pupils/:id",
          "/organisation/guardians",
          "/organisation/guardians/:id",
          "/organisation/staff",
          "/organisation/import",
        ]),
      );
    },
    CRAWL_TIMEOUT_MS,
  );
});

describe.each([
  ["the parent", DEMO_ACCOUNTS.parent],
  ["the group 7 teacher", DEMO_ACCOUNTS.teacher7],
  ["the advisor", DEMO_ACCOUNTS.advisor],
])("%s", (_name, email) => {
  it(
    "reaches only pages that answer, each accessible on a phone",
    async () => {
      const visited = await pagesOf(email, PHONE);
      expect(visited).toEqual(expect.arrayContaining(["/home", "/account"]));
    },
    CRAWL_TIMEOUT_MS,
  );
});

describe("the platform admin", () => {
  it(
    "reaches every kind of admin page",
    async () => {
      const visited = await pagesOf(DEMO_ACCOUNTS.admin, {});
      expect(visited).toEqual(expect.arrayContaining(["/home", "/admin/organisations", "/admin/organisations/new"]));
    },
    CRAWL_TIMEOUT_MS,
  );
});

describe("a teacher", () => {
  it("opens her group from her home page and sees its pupils", async () => {
    const page = await e2e.newPage(PHONE);
    await signInAs(page, DEMO_ACCOUNTS.teacher7);
    await page.locator("main h3 a", { hasText: "7" }).click();
    await page.waitForURL("**/organisation/groups/*");
    await checkPage(page);
    await expect(mainText(page)).resolves.toContain("Lotte");
  });

  it("is not let into the pages for managing the organisation", async () => {
    const page = await e2e.newPage();
    await signInAs(page, DEMO_ACCOUNTS.teacher7);
    const response = await page.goto("/organisation/staff");
    expect(response?.status()).toBe(403);
    await checkPage(page);
  });
});
