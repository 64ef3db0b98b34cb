/**
 * Issue 15's panel walk on a phone, in the demo: a parent joins the panel and confirms through the
 * outbox, the editor opens the demo's draft survey for every member, the parent answers it from
 * their page, reads the published report, downloads their data and leaves.
 */
import { describe, expect, it } from "vitest";
import { translator } from "../../src/web/i18n/index.js";
import { checkPage, mainText, PHONE, signInAs, submit, useE2E } from "./harness.js";

const nl = translator("nl");
const e2e = useE2E();

describe("the parent panel on a phone", () => {
  it("lets a parent join, answer a survey, read the report, download their data and leave", async () => {
    const parent = await e2e.newPage(PHONE);
    await parent.goto("/panel");
    await checkPage(parent);
    const email = `panel-${Date.now()}@example.nl`;
    await parent.locator("#field-email").fill(email);
    await parent.locator("#field-province").selectOption("utrecht");
    await parent.locator("#field-type1").selectOption("primary");
    await parent.locator("#field-year1").fill("5");
    await parent.locator("#field-consent").check();
    await submit(parent, parent.locator("main form[action='/panel/aanmelden'] button[type=submit]"));
    expect(await mainText(parent)).toContain(nl("panel.signUp.sent.title"));

    await parent.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
    const confirm = await parent.locator("article.mail a[href*='/panel/bevestigen/']").first().getAttribute("href");
    if (!confirm) throw new Error("no confirmation mail in the outbox");
    await parent.goto(new URL(confirm).pathname);
    await submit(parent, parent.locator("main form button[type=submit]"));
    expect(new URL(parent.url()).pathname).toBe("/panel/mijn-gegevens");
    await checkPage(parent);

    // The editor opens the demo's draft survey; the invitations go out by a job.
    const editor = await e2e.newPage();
    await signInAs(editor, "redactie@samen.example");
    await editor.goto("/panel/beheer");
    await editor.locator("main a", { hasText: "Ouderavonden" }).first().click();
    await submit(editor, editor.locator("main form[action$='/openen'] button[type=submit]"));

    const survey = parent.locator("main a[href^='/panel/vragenlijst/']").first();
    for (let i = 0; i < 40 && !(await survey.count()); i++) {
      await parent.waitForTimeout(500);
      await parent.reload();
    }
    await survey.click();
    await checkPage(parent);
    await parent.locator("main input[type=radio]").first().check();
    await submit(parent, parent.locator("main form button[type=submit]").last());
    expect(await mainText(parent)).toContain(nl("panel.answer.thanks"));

    await parent.goto("/panel/rapporten");
    await parent.locator("main a[href^='/panel/rapporten/']:not([href$='/pdf'])").first().click();
    await checkPage(parent);
    expect(await mainText(parent)).toContain(nl("panel.report.all"));

    await parent.goto("/panel/mijn-gegevens");
    const download = await parent.request.get("/panel/mijn-gegevens.json");
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain(email);
    await submit(parent, parent.locator("main form[action='/panel/stoppen'] button[type=submit]"));
    await checkPage(parent);
    const after = await parent.request.get("/panel/mijn-gegevens.json", { maxRedirects: 0 });
    expect(after.status()).not.toBe(200);
  });
});
