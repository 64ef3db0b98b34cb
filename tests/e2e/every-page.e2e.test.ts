/**
 * Every kind of page each role can reach by following links from its home page
 * (GET only, so nothing changes): each answers, passes axe and fits the screen;
 * each download answers. Every role on a phone (360 px), where reflow problems
 * show; the desktop layout of the main pages is checked by the flows' own tests
 * (public pages, roles), not crawled: CI's thirty minutes (decision 005).
 *
 * Axe and the layout checks run once per kind of page across the file (the
 * `checked` set): a page the leader's crawl checked is still fetched for the
 * teacher and must answer, but is not checked again.
 */
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { PHONE, checkPage, mainText, signInAs, useE2E } from "./harness.js";
import { crawl, pageKind } from "./crawl.js";

const e2e = useE2E();
/** Many pages, each new kind checked by axe: more than one ordinary test's time on a busy machine. */
const CRAWL_TIMEOUT_MS = 900_000;
/**
 * Every page of the app, signed in or public; not the developer's pages, not the
 * one-click unsubscribe or sign-in links (they act on GET), not the public
 * certificate check (rate-limited) and not the calendar feed (a download by token).
 */
const APP_PAGES = /^\/(?!dev\/|unsubscribe|sign-|certificaat|calendar\/feed)/;
/** Enough for every kind of page a role has; a crawl always ends. */
const LIMIT = 150;

const checked = new Set<string>();

async function pagesOf(email: string): Promise<string[]> {
  const page = await e2e.newPage(PHONE);
  await signInAs(page, email);
  const { visited, problems } = await crawl(page, "/home", {
    within: APP_PAGES,
    limit: LIMIT,
    checked,
  });
  if (problems.length) expect.fail(`${problems.length} problem(s) as ${email} on a phone:\n${problems.join("\n")}`);
  return visited.map(pageKind);
}

const leaderReaches = [
  "/home",
  "/account",
  "/organisation",
  "/organisation/groups/:id",
  "/organisation/pupils/:id",
  "/organisation/guardians/:id",
  "/organisation/staff",
  "/organisation/import",
  "/organisation/measurements/:id",
  "/conversations/rounds/:id",
  "/trajectory/sessions/:id",
  "/plan/actions/:id",
  "/news/:id/edit",
  "/advice/sparring",
  "/advice/faq/:slug",
  "/plan/plan.pdf",
];

describe("the school leader on a phone", () => {
  it(
    "reaches every kind of page of the organisation, each answering and checked",
    async () => {
      const visited = await pagesOf(DEMO_ACCOUNTS.leader);
      // The crawl must have reached the administration, not stopped at the door.
      expect(visited).toEqual(expect.arrayContaining(leaderReaches));
    },
    CRAWL_TIMEOUT_MS,
  );
});

describe.each([
  [
    "the parent",
    DEMO_ACCOUNTS.parent,
    [
      "/messages/:id",
      "/news/:id",
      "/calendar",
      "/plan/for-parents",
      "/conversations/rounds/:id/book",
      "/network/profile",
    ],
  ],
  [
    "the group 7 teacher",
    DEMO_ACCOUNTS.teacher7,
    ["/organisation/groups/:id", "/conversations/rounds/:id/availability", "/conversations/bookings/:id/agreements"],
  ],
  ["the group 8 teacher", DEMO_ACCOUNTS.teacher8, ["/organisation/groups/:id", "/messages", "/news/new"]],
  [
    "the coordinator",
    DEMO_ACCOUNTS.coordinator,
    [
      "/messages/overdue",
      "/news",
      "/calendar",
      "/network/search",
      "/ideas/:id",
      "/buddies/coordinate",
      "/advice/sparring",
    ],
  ],
  ["the daycare leader", DEMO_ACCOUNTS.daycareLeader, ["/organisation/groups/:id", "/organisation/pupils/:id"]],
  ["the advisor", DEMO_ACCOUNTS.advisor, ["/advisor", "/advice/inbox", "/organisation/measurements/:id", "/plan"]],
  [
    "the platform editor",
    DEMO_ACCOUNTS.editor,
    [
      "/campagne/redactie",
      "/campagne/verhalen/:id",
      "/panel/beheer",
      "/panel/beheer/:id",
      "/advice/manage/:slug",
      "/advice",
    ],
  ],
  [
    "the platform admin",
    DEMO_ACCOUNTS.admin,
    ["/admin/organisations/new", "/admin/editors", "/certification/criteria"],
  ],
])("%s on a phone", (_name, email, reaches) => {
  it(
    "reaches only pages that answer, each accessible and readable",
    async () => {
      const visited = await pagesOf(email);
      expect(visited).toEqual(expect.arrayContaining(["/home", "/account", ...reaches]));
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
