/**
 * The organisation pages: the school leader reaches every kind of page by its
 * links, on a desktop and on a phone, and each passes axe and fits the screen;
 * a teacher reaches her own group from her home page.
 */
import { describe, expect, it } from "vitest";
import { translator } from "../../src/web/i18n/index.js";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { PHONE, checkPage, mainText, signInAs, useE2E } from "./harness.js";
import { crawl, pageKind } from "./crawl.js";

const nl = translator("nl");
const e2e = useE2E();
/** Some fifty pages, each checked by axe: more than one ordinary test's time on a busy machine. */
const CRAWL_TIMEOUT_MS = 600_000;

describe.each([
  ["desktop", {}],
  ["phone", PHONE],
])("organisation pages on %s", (_name, device) => {
  it(
    "the school leader can open every kind of organisation page, and each is accessible",
    async () => {
      const page = await e2e.newPage(device);
      await signInAs(page, DEMO_ACCOUNTS.leader);
      await page.locator("main a", { hasText: nl("home.organisation.manage") }).click();
      await page.waitForURL("**/organisation");

      const visited = (await crawl(page, "/organisation", { within: /^\/organisation(\/|$)/, limit: 60 })).map(
        pageKind,
      );
      // The crawl must have reached the administration, not stopped at the door.
      expect(visited).toEqual(
        expect.arrayContaining([
          "/organisation",
          "/organisation/groups",
          "/organisation/groups/:id",
          "/organisation/pupils",
          "/organisation/pupils/:id",
          "/organisation/guardians",
          "/organisation/staff",
        ]),
      );
    },
    CRAWL_TIMEOUT_MS,
  );
});

describe("the platform admin", () => {
  it("opens every kind of admin page, each accessible, in English (her own language)", async () => {
    const page = await e2e.newPage();
    await signInAs(page, DEMO_ACCOUNTS.admin);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    const visited = (await crawl(page, "/admin/organisations", { within: /^\/admin(\/|$)/, limit: 20 })).map(pageKind);
    expect(visited).toEqual(expect.arrayContaining(["/admin/organisations", "/admin/organisations/new"]));
  });
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
