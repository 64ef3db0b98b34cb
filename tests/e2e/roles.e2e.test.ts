/**
 * Each demo role signs in through the outbox link and lands on its own home
 * page, on a desktop and on a 360 px phone; axe checks every page on the way.
 */
import { describe, expect, it } from "vitest";
import { translator } from "../../src/web/i18n/index.js";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { checkPage, mainText, openMenu, PHONE, signInAs, submit, useE2E } from "./harness.js";

const nl = translator("nl");
const en = translator("en");
const e2e = useE2E();

/** The h2 headings of the home page's sections. */
const sectionTitles = (page: import("playwright-core").Page) => page.locator("main h2").allInnerTexts();

describe.each([
  ["desktop", {}],
  ["phone", PHONE],
])("on %s", (_name, device) => {
  it("a parent sees their children, Sem and Lotte, and their account", async () => {
    const page = await e2e.newPage(device);
    await signInAs(page, DEMO_ACCOUNTS.parent, { check: true });
    await checkPage(page);
    const children = page.locator("section", { has: page.locator("h2", { hasText: nl("home.children.title") }) });
    await expect(children.locator("h3").allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(["Sem Jansen", "Lotte Jansen"]),
    );
    await expect(sectionTitles(page)).resolves.not.toContain(nl("home.groups.title"));

    await openMenu(page);
    await page.locator("header a", { hasText: nl("layout.account") }).click();
    await page.waitForURL("**/account");
    await expect(page.locator("h1").innerText()).resolves.toBe(nl("account.title"));
    await checkPage(page);
  });

  it("the group 7 teacher sees her group and switches to the daycare where she is a parent", async () => {
    const page = await e2e.newPage(device);
    await signInAs(page, DEMO_ACCOUNTS.teacher7);
    await checkPage(page);
    const groups = page.locator("section", { has: page.locator("h2", { hasText: nl("home.groups.title") }) });
    await expect(groups.locator("h3").allInnerTexts()).resolves.toEqual(["7"]);
    await expect(sectionTitles(page)).resolves.not.toContain(nl("home.children.title"));

    await page.locator("#switch-org").selectOption({ label: "Kinderdagverblijf Het Zonnetje" });
    await submit(page, page.locator("main form[action='/home/organisation'] button"));
    await expect(page.locator(".flash").innerText()).resolves.toBe(nl("home.switched"));
    await expect(mainText(page)).resolves.toContain("Kinderdagverblijf Het Zonnetje");
    await expect(sectionTitles(page)).resolves.toContain(nl("home.children.title"));
    await expect(mainText(page)).resolves.toContain("Elif");
    await checkPage(page);
  });

  it("the school leader sees the organisation overview", async () => {
    const page = await e2e.newPage(device);
    await signInAs(page, DEMO_ACCOUNTS.leader);
    await checkPage(page);
    await expect(sectionTitles(page)).resolves.toContain(nl("home.organisation.title"));
    await expect(page.locator(".stats dt").allInnerTexts()).resolves.toEqual([
      nl("home.organisation.groups"),
      nl("home.organisation.pupils"),
      nl("home.organisation.guardians"),
      nl("home.organisation.staff"),
    ]);
    await expect(page.locator(".stats dd").first().innerText()).resolves.toBe("8");
  });

  it("the school leader finds the measurements in the menu's group for them, marked there once opened", async () => {
    const page = await e2e.newPage(device);
    await signInAs(page, DEMO_ACCOUNTS.leader);
    await openMenu(page);
    const menu = page.getByRole("navigation", { name: nl("layout.nav") });
    await expect(menu.getByRole("heading", { level: 2 }).allInnerTexts()).resolves.toEqual([
      nl("layout.group.contact"),
      nl("layout.group.parents"),
      nl("layout.group.plan"),
      nl("layout.group.organisation"),
      nl("layout.group.account"),
    ]);
    // With the menu open: axe (target sizes too) and the 360 px layout.
    await checkPage(page);
    const measure = menu
      .getByRole("list", { name: nl("layout.group.plan") })
      .getByRole("link", { name: nl("measure.nav") });
    await measure.click();
    await page.waitForURL("**/organisation/measurements");
    await openMenu(page);
    await expect(measure.getAttribute("aria-current")).resolves.toBe("page");
    await checkPage(page);
  });
  it("the header's controls are reached with Tab in the order they are seen", async () => {
    const page = await e2e.newPage(device);
    // The group 8 teacher: the leader signs in often enough here to meet the sign-in rate limit.
    await signInAs(page, DEMO_ACCOUNTS.teacher8);
    const controls = [
      page.locator("header .brand"),
      page.locator("header .site-menu summary"),
      page.locator("header button[lang=en]"),
    ];
    const boxes = await Promise.all(controls.map((c) => c.boundingBox()));
    const lefts = boxes.map((box) => box!.x);
    expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
    await controls[0]!.focus();
    for (const next of controls.slice(1)) {
      await page.keyboard.press("Tab");
      await expect(next.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    }
  });
});

describe("signed in", () => {
  it("switching to English keeps the person's home page and remembers the choice", async () => {
    const page = await e2e.newPage();
    await signInAs(page, DEMO_ACCOUNTS.coordinator);
    await submit(page, page.locator("header button[lang=en]"));
    expect(new URL(page.url()).pathname).toBe("/home");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(sectionTitles(page)).resolves.toContain(en("home.organisation.title"));
    await checkPage(page);

    // The choice is the person's setting, not only this browser's.
    const elsewhere = await e2e.newPage();
    await signInAs(elsewhere, DEMO_ACCOUNTS.coordinator);
    await expect(elsewhere.locator("html").getAttribute("lang")).resolves.toBe("en");
  });

  it("a page that needs signing in sends a visitor to the sign-in form", async () => {
    const page = await e2e.newPage();
    await page.goto("/account");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });
});
