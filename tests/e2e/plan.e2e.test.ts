/**
 * The joint plan in the demo, on a phone: a parent reads the published plan, responds to an
 * action without any script, and finds on the idea board which action took an idea up; the school
 * leader's plan pages (editing, a new action, the history and a comparison, the responses, the
 * printable page) pass axe and fit the screen.
 */
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { PHONE, checkPage, mainText, signInAs, submit, useE2E } from "./harness.js";

const e2e = useE2E();

describe("the plan on a phone", () => {
  it("a parent reads the published plan, responds to an action and sees the ideas it took up", async () => {
    const page = await e2e.newPage(PHONE);
    await signInAs(page, DEMO_ACCOUNTS.parent);
    await page.goto("/plan/for-parents");
    await checkPage(page);
    await expect(mainText(page)).resolves.toContain("Op De Regenboog zijn ouders welkom.");
    const action = page.locator("article", { hasText: "Maandelijkse inloopochtend met koffie" });
    await action.locator("summary").click();
    await action.locator("textarea").fill("Ik kom graag, ook om te helpen met de koffie.");
    await submit(page, action.locator("button[type=submit]"));
    await checkPage(page);
    await expect(mainText(page)).resolves.toContain("Ik kom graag, ook om te helpen met de koffie.");
    await page.goto("/ideas");
    await checkPage(page);
    await expect(mainText(page)).resolves.toContain("In het plan: Maandelijkse inloopochtend met koffie");
  });

  it("the school leader's plan pages pass axe and fit the screen", async () => {
    const page = await e2e.newPage(PHONE);
    await signInAs(page, DEMO_ACCOUNTS.leader);
    for (const path of ["/plan", "/plan/actions/new", "/plan/history", "/plan/responses", "/plan/print"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await checkPage(page);
    }
    await page.goto("/plan/history");
    await page.locator("a", { hasText: "Vergelijk met de versie ervoor" }).first().click();
    await page.waitForURL("**/plan/compare?*");
    await checkPage(page);
    await expect(mainText(page)).resolves.toContain("Klaar");
  });
});
