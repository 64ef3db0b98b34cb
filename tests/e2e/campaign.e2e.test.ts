/**
 * A visitor on a phone endorses the campaign without an account, confirms through the link in the
 * mail (read from the dev outbox, as in the demo) and sees the count rise; then opens the stories.
 */
import { describe, expect, it } from "vitest";
import { translator } from "../../src/web/i18n/index.js";
import { checkPage, mainText, PHONE, submit, useE2E } from "./harness.js";

const nl = translator("nl");
const e2e = useE2E();

async function total(page: import("playwright-core").Page): Promise<number> {
  const text = (await page.locator("#campaign-count").textContent()) ?? "";
  return Number(text.replace(/[^\d]/g, ""));
}

describe("the campaign on a phone", () => {
  it("lets a visitor endorse, confirm through the mail and see the count rise", async () => {
    const page = await e2e.newPage(PHONE);
    await page.goto("/campagne");
    await checkPage(page);
    const before = await total(page);
    expect(before).toBeGreaterThan(0);

    await page.locator("main a", { hasText: nl("campaign.endorse.cta") }).click();
    await page.waitForURL("**/campagne/onderschrijven");
    await checkPage(page);
    await page.locator("input[name=role][value=parent]").check();
    await page.locator("#field-name").fill("Eva Browser");
    await page.locator("#field-municipality").fill("Utrecht");
    const email = `e2e-${Date.now()}@example.nl`;
    await page.locator("#field-email").fill(email);
    await page.locator("input[name=public][value=yes]").check();
    await submit(page, page.locator("main form button[type=submit]"));
    expect(await mainText(page)).toContain(nl("campaign.endorse.sent.title"));

    await page.goto("/campagne");
    expect(await total(page)).toBe(before);

    await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
    const href = await page.locator("article.mail a[href*='/campagne/bevestigen/']").first().getAttribute("href");
    if (!href) throw new Error("no confirmation mail in the outbox");
    await page.goto(new URL(href).pathname);
    await checkPage(page);
    await submit(page, page.locator("main form button[type=submit]"));
    expect(await mainText(page)).toContain(nl("campaign.confirm.done"));
    await checkPage(page);

    await page.goto("/campagne");
    expect(await total(page)).toBe(before + 1);
    await page.goto("/campagne/onderschrijvers?q=Eva+Browser");
    expect(await mainText(page)).toContain("Eva Browser");
    await checkPage(page);
  });

  it("shows the stories and tips by theme", async () => {
    const page = await e2e.newPage(PHONE);
    await page.goto("/campagne/verhalen");
    await checkPage(page);
    await page.locator("main a[href^='/campagne/verhalen/']:not([href$='/nieuw'])").first().click();
    await checkPage(page);
    await page.goto("/campagne/verhalen/nieuw");
    await checkPage(page);
  });
});
