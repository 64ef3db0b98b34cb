/**
 * A parent on a phone finds the year's expectations on their home page, reads them, confirms
 * and responds, the way the demo parent would. Every page passes axe and fits 360 px.
 */
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { checkPage, mainText, PHONE, signInAs, submit, useE2E } from "./harness.js";

const e2e = useE2E();

describe("a parent on a phone", () => {
  it("reads and confirms the mutual expectations from the home page, and responds", async () => {
    const page = await e2e.newPage(PHONE);
    await signInAs(page, DEMO_ACCOUNTS.parent);
    await checkPage(page);
    await page.locator("main a[href^='/expectations/']").first().click();
    await page.waitForURL("**/expectations/*");
    await checkPage(page);
    await expect(mainText(page)).resolves.toContain("Wat de school van ouders mag verwachten");

    await submit(page, page.locator("main form[action$='/confirm'] button[type=submit]"));
    await checkPage(page);
    await expect(mainText(page)).resolves.toContain("De school weet nu dat u het gelezen heeft.");

    await page.locator("#field-body").fill("Kan de ouderavond ook eens op een ochtend?");
    await submit(page, page.locator("main form[action$='/responses'] button[type=submit]"));
    await checkPage(page);
    await expect(mainText(page)).resolves.toContain("Kan de ouderavond ook eens op een ochtend?");

    await page.goto("/home");
    await expect(mainText(page)).resolves.not.toContain("bevestig de wederzijdse verwachtingen");
  });
});
