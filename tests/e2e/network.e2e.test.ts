/**
 * A parent on a phone sets who may see them in the parent network and checks how they appear,
 * then signs up for the volunteer task with one place left, the way the demo parent would; the
 * next parent is told it is full. Every page passes axe and fits 360 px.
 */
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { checkPage, mainText, PHONE, signInAs, submit, useE2E } from "./harness.js";

const e2e = useE2E();

describe("a parent on a phone in the parent network", () => {
  it("sets what others see, checks it, and takes the last place of a volunteer task", async () => {
    const page = await e2e.newPage(PHONE);
    await signInAs(page, DEMO_ACCOUNTS.parent);
    await page.goto("/network");
    await checkPage(page);
    await page.locator("main a[href='/network/profile']").click();
    await page.waitForURL("**/network/profile");
    await checkPage(page);
    await page.locator("#visibility-group").check();
    await page.locator("#field-showOffer").check();
    await page.locator("#field-skills").fill("Voorlezen en knutselen");
    await submit(page, page.locator("main form[action='/network/profile'] button[type=submit]"));
    await page.waitForURL("**/network/preview");
    await checkPage(page);
    await expect(mainText(page)).resolves.toContain("Voorlezen en knutselen");

    await page.goto("/network/tasks");
    await checkPage(page);
    await page.locator("main a", { hasText: "Hulp bij de voorleesochtend" }).click();
    await page.waitForURL("**/network/tasks/*");
    await checkPage(page);
    await expect(mainText(page)).resolves.toContain("Nog 1 plaats vrij");
    await submit(page, page.locator("main form[action$='/signup'] button[type=submit]"));
    await checkPage(page);
    await expect(mainText(page)).resolves.toContain("U bent aangemeld.");
    await expect(mainText(page)).resolves.toContain("Vol: er is geen plaats meer");

    const next = await e2e.newPage(PHONE);
    await signInAs(next, DEMO_ACCOUNTS.networkParent);
    await next.goto(page.url());
    await checkPage(next);
    // Full: the next parent is told so and may join the waiting list instead.
    await expect(mainText(next)).resolves.toContain("Vol: meldt u zich toch aan, dan komt u op de wachtlijst");
    await expect(next.locator("main form[action$='/signup'] button").textContent()).resolves.toBe(
      "Op de wachtlijst zetten",
    );
  });

  it("lets the coordinator find Turkish speakers and see who is coming, on a phone", async () => {
    const page = await e2e.newPage(PHONE);
    await signInAs(page, DEMO_ACCOUNTS.coordinator);
    await page.goto("/network/search?q=wie+spreekt+Turks");
    await checkPage(page);
    await expect(mainText(page)).resolves.toContain("Mehmet Öztürk");
    await page.goto("/network/tasks");
    await checkPage(page);
    await page.locator("main a", { hasText: "Hulp bij de voorleesochtend" }).click();
    await page.waitForURL("**/network/tasks/*");
    await checkPage(page);
    await expect(mainText(page)).resolves.toContain("Samira El Idrissi");
    await page.goto("/network/parents");
    await checkPage(page);
  });
});
