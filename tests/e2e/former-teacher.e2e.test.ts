/**
 * A teacher with booked conversation times deletes their account; the school leader then opens the
 * round and hands the times over, as a person would: on a 360 px phone in Dutch and on a desktop in
 * English, every page passing axe with nothing to swipe sideways. A refused hand-over says which
 * times clash, once per span, and shows the form as it was sent; the hand-over that works says so
 * and the times are gone from the form.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { PHONE, checkPage, signInAs, submit, useE2E } from "./harness.js";

const e2e = useE2E();

async function openRound(page: Page): Promise<void> {
  await page.goto("/conversations");
  await page.locator("main a", { hasText: "Driehoeksgesprekken najaar" }).first().click();
  await page.waitForURL("**/conversations/rounds/*");
}

const handOverForm = (page: Page) => page.locator("main form[action$='/hand-over']");

describe("handing a former teacher's times over", () => {
  it("works on a phone and a desktop, refuses a clash with the choice kept, and says when it is done", async () => {
    const teacher = await e2e.newPage(PHONE);
    await signInAs(teacher, DEMO_ACCOUNTS.teacher7);
    await teacher.goto("/account/delete");
    await checkPage(teacher);
    await teacher.locator("#field-email").fill(DEMO_ACCOUNTS.teacher7);
    await submit(teacher, teacher.locator("main form button.danger"));
    expect(new URL(teacher.url()).pathname).toBe("/account-deleted");

    const desktop = await e2e.newPage({ locale: "en-GB", viewport: { width: 1280, height: 800 } });
    await signInAs(desktop, DEMO_ACCOUNTS.leader);
    await openRound(desktop);
    await checkPage(desktop);
    await expect(desktop.getByRole("heading", { name: "Times of a former teacher" }).isVisible()).resolves.toBe(true);
    await expect(
      handOverForm(desktop)
        .locator("label", { hasText: /booked for .+ \(group 7\)/ })
        .count(),
    ).resolves.toBe(5);

    const page = await e2e.newPage(PHONE);
    await signInAs(page, DEMO_ACCOUNTS.leader);
    await openRound(page);
    await checkPage(page);
    const form = handOverForm(page);
    await expect(form.locator("select option").allInnerTexts()).resolves.toEqual([
      "Daan Bakker (groep 7)",
      "Sanne de Vries (groep 4)",
      "Tom Visser (groep 8)",
    ]);
    const boxes = form.locator("input[type=checkbox]");
    await expect(boxes.count()).resolves.toBe(14);
    await boxes.nth(1).uncheck();
    await form.locator("select").selectOption({ label: "Sanne de Vries (groep 4)" });
    await submit(page, form.locator("button[type=submit]"));

    // Sanne has her own times that evening: said once per span, where focus went.
    await checkPage(page);
    const alert = page.locator("main .error-summary[role=alert]");
    await expect(alert.innerText()).resolves.toMatch(
      /Sanne de Vries heeft zelf al gesprekstijden op \S+ \d+ \S+ 15:00–15:15, \S+ \d+ \S+ 15:30–16:30, /,
    );
    await expect(alert.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // Right above the form it is about, so the phone shows both without a long scroll up.
    await expect(
      alert.evaluate((el) => el.nextElementSibling?.matches("section[aria-labelledby='hand-over']")),
    ).resolves.toBe(true);
    await expect(form.locator("select").evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).resolves.toBe(
      "Sanne de Vries (groep 4)",
    );
    await expect(boxes.evaluateAll((all) => all.map((b) => (b as HTMLInputElement).checked))).resolves.toEqual(
      Array.from({ length: 14 }, (_, i) => i !== 1),
    );

    await boxes.nth(1).check();
    await form.locator("select").selectOption({ label: "Daan Bakker (groep 7)" });
    await submit(page, form.locator("button[type=submit]"));
    expect(new URL(page.url()).pathname).toMatch(/^\/conversations\/rounds\/[^/]+$/);
    await expect(page.locator(".flash").innerText()).resolves.toBe(
      "De tijden zijn overgedragen. Ouders met een geboekt gesprek hebben bericht gekregen.",
    );
    await expect(handOverForm(page).count()).resolves.toBe(0);
    await checkPage(page);
  });
});
