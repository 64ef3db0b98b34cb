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

  it.each([true, false])(
    "a parent who sends an empty response lands at the form and its error (script: %s)",
    async (javaScriptEnabled) => {
      const page = await e2e.newPage({ ...PHONE, javaScriptEnabled });
      await signInAs(page, DEMO_ACCOUNTS.parent);
      await page.goto("/plan/for-parents");
      // The last action of the plan: far below the top on a phone.
      const action = page.locator("main article").last();
      await action.locator("summary").click();
      await submit(page, action.locator("button[type=submit]"));
      // axe needs a script; without one only where the page lands is at stake.
      if (javaScriptEnabled) await checkPage(page);
      const summary = page.locator("main .error-summary");
      await expect(summary.innerText()).resolves.toContain("Uw reactie: schrijf uw reactie.");
      // Relative to what the screen shows: the summary sits within it, not far below.
      const box = await summary.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= PHONE.viewport!.height, JSON.stringify(box)).toBe(true);
    },
  );

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
