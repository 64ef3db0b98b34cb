/**
 * A parent books a conversation on a phone, the way the demo parent would: from the header's
 * link to the round, choosing a time, then changing it. Every page passes axe and fits 360 px.
 */
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { checkPage, mainText, openMenu, PHONE, signInAs, submit, useE2E } from "./harness.js";

const e2e = useE2E();

describe("a parent on a phone", () => {
  it("books a conversation for a child and changes its time", async () => {
    const page = await e2e.newPage(PHONE);
    await signInAs(page, DEMO_ACCOUNTS.parent);

    await openMenu(page);
    await page.locator("header nav a[href='/conversations']").click();
    await page.waitForURL("**/conversations");
    await checkPage(page);
    await page.locator("main a[href$='/book']").first().click();
    await page.waitForURL("**/conversations/rounds/*/book");
    await checkPage(page);

    // The first child still without a time: choose its first free time.
    const choose = page.locator("main form[action$='/book']").first();
    const first = choose.locator("input[type=radio]").first();
    const firstTime = await page.locator(`label[for='${await first.getAttribute("id")}']`).innerText();
    await first.check();
    await submit(page, choose.locator("button[type=submit]"));
    await checkPage(page);
    await expect(mainText(page)).resolves.toContain("Uw gesprek is gepland.");
    await expect(mainText(page)).resolves.toContain(firstTime.split(" (")[0]!);

    // Change it: the form behind "change" offers the other free times.
    const booked = page.locator("main details").first();
    await booked.locator("summary").click();
    await checkPage(page);
    const other = booked.locator("input[type=radio]").nth(1);
    const otherTime = await page.locator(`label[for='${await other.getAttribute("id")}']`).innerText();
    await other.check();
    await submit(page, booked.locator("button[type=submit]"));
    await checkPage(page);
    await expect(mainText(page)).resolves.toContain("De tijd is gewijzigd.");
    await expect(mainText(page)).resolves.toContain(otherTime.split(" (")[0]!);
  });
});
