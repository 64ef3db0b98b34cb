/**
 * A parent sets up their e-mail notifications on a phone, and unsubscribes from a kind with the
 * link in a mail without being signed in (the link read from the dev outbox, as in the demo).
 */
import { describe, expect, it } from "vitest";
import { translator } from "../../src/web/i18n/index.js";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { checkPage, mainText, PHONE, signInAs, submit, useE2E } from "./harness.js";

const nl = translator("nl");
const e2e = useE2E();

describe("e-mail notifications on a phone", () => {
  it("lets a parent choose the daily digest for a kind, shows the urgent kinds as always on, and saves", async () => {
    const page = await e2e.newPage(PHONE);
    await signInAs(page, DEMO_ACCOUNTS.parent);
    await page.goto("/account");
    await page.locator("main a", { hasText: nl("notifications.accountLink") }).click();
    await page.waitForURL("**/account/notifications");
    await checkPage(page);
    expect(await mainText(page)).toContain(nl("notifications.urgent.title"));

    await page.locator("[id='field-plan.published']").selectOption("digest");
    await page.locator("#field-digestHour").selectOption("7");
    await submit(page, page.locator("main form button[type=submit]"));
    expect(await mainText(page)).toContain(nl("notifications.saved"));
    await expect(page.locator("[id='field-plan.published']").inputValue()).resolves.toBe("digest");
    await checkPage(page);
  });

  it("shows the unsubscribe page with its button to someone not signed in, and unsubscribes", async () => {
    const parent = await e2e.newPage(PHONE);
    await signInAs(parent, DEMO_ACCOUNTS.parent);
    // Booking a conversation mails the parent a confirmation, a kind they can unsubscribe from.
    await bookFirstFreeTime(parent);
    const link = await unsubscribeLinkFromOutbox(parent);
    const stranger = await e2e.newPage(PHONE);
    await stranger.goto(link);
    await checkPage(stranger);
    await submit(stranger, stranger.locator("main form button[type=submit]"));
    expect(await mainText(stranger)).toContain("U bent afgemeld");
    await checkPage(stranger);
  });
});

async function bookFirstFreeTime(page: import("playwright-core").Page): Promise<void> {
  await page.goto("/conversations");
  await page.locator("main a[href$='/book']").first().click();
  await page.waitForURL("**/conversations/rounds/*/book");
  const choose = page.locator("main form[action$='/book']").first();
  await choose.locator("input[type=radio]").first().check();
  await submit(page, choose.locator("button[type=submit]"));
}

async function unsubscribeLinkFromOutbox(page: import("playwright-core").Page): Promise<string> {
  await page.goto(`/dev/outbox?to=${encodeURIComponent(DEMO_ACCOUNTS.parent)}`);
  const href = await page.locator("article.mail a[href*='/unsubscribe/']").first().getAttribute("href");
  if (!href) throw new Error("no mail to the demo parent with an unsubscribe link");
  return new URL(href).pathname;
}
