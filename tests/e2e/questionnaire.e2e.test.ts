/**
 * A parent answers a measurement on a 360 px phone, as issue 3 promises: the school leader
 * starts a nulmeting for the parents of group 7, the invitation arrives in the outbox with a
 * personal link, and the parent fills in every domain page (now and as it should be, a
 * "don't know", an open answer), leaves halfway, comes back through the same link, and
 * sends. Every page passes axe and fits the screen; a second parent answers everything on one
 * page, a third does it without JavaScript.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { PHONE, checkPage, mainText, signInAs, submit, useE2E } from "./harness.js";

const e2e = useE2E();
const TITLE = "Nulmeting ouders groep 7";
const OPEN_ANSWER = "Meer vertellen over wat er in de klas gebeurt.";

/** A day in school time (Europe/Amsterdam) as yyyy-mm-dd, `days` from today. */
function schoolDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
}

async function startMeasurement(): Promise<void> {
  const page = await e2e.newPage();
  await signInAs(page, DEMO_ACCOUNTS.leader);
  await page.goto("/organisation/measurements/new");
  await page.locator("#field-title").fill(TITLE);
  await page.locator("#field-opensOn").fill(schoolDate(0));
  await page.locator("#field-closesOn").fill(schoolDate(14));
  await page.locator("#field-audiences").uncheck();
  await page.getByRole("group", { name: "Ouders van deze groepen" }).getByLabel("7", { exact: true }).check();
  await submit(page, page.getByRole("button", { name: "Meting maken" }));
  expect(await mainText(page)).toContain(TITLE);
}

/**
 * The personal links in the outbox by recipient, once the invitation job has mailed them
 * all: it mails one by one, so the list counts as complete when the demo parent is in it
 * and a second look a second later finds no more.
 */
async function mailedLinks(page: Page): Promise<Map<string, string>> {
  let previous = -1;
  for (let attempt = 0; attempt < 120; attempt++) {
    await page.goto("/dev/outbox");
    const found = await page.locator("article.mail").evaluateAll((mails) =>
      mails.flatMap((mail) => {
        const href = mail.querySelector<HTMLAnchorElement>("a[href*='/m/']")?.href;
        const to = /: (\S+@\S+) ·/.exec(mail.textContent ?? "")?.[1];
        return href && to ? [[to, href] as const] : [];
      }),
    );
    const links = new Map(found);
    if (links.has(DEMO_ACCOUNTS.parent) && links.size === previous) return links;
    previous = links.size;
    await page.waitForTimeout(1000);
  }
  throw new Error("no invitation in the outbox within two minutes");
}

/** Answers every question of the page; the first item's current state gets "don't know". */
async function fillPage(page: Page, options: { dontKnow?: boolean; open?: string } = {}): Promise<void> {
  const questions = page.locator("fieldset.question");
  const count = await questions.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const scales = questions.nth(i).locator("fieldset.scale");
    const current = options.dontKnow && i === 0 ? "dk" : String(2 + (i % 3));
    await scales.nth(0).locator(`input[value="${current}"]`).check();
    if ((await scales.count()) > 1) await scales.nth(1).locator('input[value="5"]').check();
  }
  if (options.open) await page.locator("#field-open").fill(options.open);
}

const pageNumber = (page: Page) => Number(new URL(page.url()).pathname.split("/").at(-1));

/** Several pages, each checked by axe, on a busy 2-core machine. */
const TIMEOUT_MS = 480_000;

describe("answering a questionnaire on a phone", () => {
  let links = new Map<string, string>();
  let total = 0;

  it(
    "the school leader starts a nulmeting for the parents of group 7 and the invitations are mailed",
    async () => {
      await startMeasurement();
      links = await mailedLinks(await e2e.newPage());
      expect(links.has(DEMO_ACCOUNTS.parent), "the demo parent of group 7 is invited").toBe(true);
    },
    TIMEOUT_MS,
  );

  it(
    "a parent fills every domain page, resumes from the same link after leaving halfway, and sends",
    async () => {
      const link = links.get(DEMO_ACCOUNTS.parent)!;
      // First visit: the start page, then the first half of the domain pages.
      let phone = await e2e.newPage(PHONE);
      await phone.goto(link);
      await checkPage(phone);
      await submit(phone, phone.getByRole("link", { name: "Beginnen" }));
      total = Number(/Pagina 1 van (\d+)/.exec(await mainText(phone))?.[1]);
      expect(total).toBeGreaterThanOrEqual(6);
      const half = Math.floor(total / 2);
      for (let n = 1; n <= half; n++) {
        expect(pageNumber(phone)).toBe(n);
        await checkPage(phone);
        await fillPage(phone, n === 1 ? { dontKnow: true, open: OPEN_ANSWER } : {});
        await submit(phone, phone.getByRole("button", { name: "Opslaan en verder" }));
      }

      // The parent closes the browser and later opens the same link on another phone.
      await phone.context().close();
      phone = await e2e.newPage(PHONE);
      await phone.goto(link);
      expect(await mainText(phone)).toContain("U heeft al een deel ingevuld");
      await checkPage(phone);
      await submit(phone, phone.getByRole("link", { name: "Verder waar u gebleven was" }));
      expect(pageNumber(phone)).toBe(half + 1);
      // What was given on the first visit is still there.
      await phone.goto(`${new URL(link).pathname}/1`);
      expect(await phone.locator('fieldset.question input[value="dk"]').first().isChecked()).toBe(true);
      expect(await phone.locator("#field-open").inputValue()).toBe(OPEN_ANSWER);
      await phone.goto(`${new URL(link).pathname}/${half + 1}`);

      for (let n = half + 1; n <= total; n++) {
        expect(pageNumber(phone)).toBe(n);
        await checkPage(phone);
        await fillPage(phone);
        await submit(phone, phone.getByRole("button", { name: "Opslaan en verder" }));
      }
      expect(new URL(phone.url()).pathname).toMatch(/\/send$/);
      await checkPage(phone);
      await submit(phone, phone.getByRole("button", { name: "Antwoorden versturen" }));
      expect(new URL(phone.url()).pathname).toBe("/m/thanks");
      await checkPage(phone);

      // The link is used up: a clear page, and no way to answer again.
      await phone.goto(link);
      await checkPage(phone);
      expect(await mainText(phone)).not.toContain("Beginnen");
    },
    TIMEOUT_MS,
  );

  it(
    "a third parent answers every question on one page, saves in between, and sends",
    async () => {
      const third = [...links].filter(([to]) => to !== DEMO_ACCOUNTS.parent)[1]?.[1];
      expect(third, "a third parent of group 7 is invited").toBeDefined();
      const phone = await e2e.newPage(PHONE);
      await phone.goto(third!);
      await submit(phone, phone.getByRole("link", { name: "Liever alle vragen op één pagina?" }));
      await checkPage(phone);
      await fillPage(phone, { dontKnow: true });
      await phone.locator("#field-open-vision").fill(OPEN_ANSWER);
      await submit(phone, phone.getByRole("button", { name: "Opslaan, later verder" }));
      expect(await mainText(phone)).toContain("Uw antwoorden zijn bewaard");
      await checkPage(phone);
      expect(await phone.locator("#field-open-vision").inputValue()).toBe(OPEN_ANSWER);
      await submit(phone, phone.getByRole("button", { name: "Antwoorden versturen" }));
      expect(new URL(phone.url()).pathname).toBe("/m/thanks");
    },
    TIMEOUT_MS,
  );

  it(
    "another parent answers with JavaScript switched off",
    async () => {
      const other = [...links].find(([to]) => to !== DEMO_ACCOUNTS.parent)?.[1];
      expect(other, "a second parent of group 7 is invited").toBeDefined();
      const plain = await e2e.newPage({ ...PHONE, javaScriptEnabled: false });
      await plain.goto(other!);
      await submit(plain, plain.getByRole("link", { name: "Beginnen" }));
      // The pages are the ones axe checked above; here only the plain forms are at stake.
      for (let n = 1; n <= total; n++) {
        expect(pageNumber(plain)).toBe(n);
        await fillPage(plain, n === 1 ? { dontKnow: true, open: OPEN_ANSWER } : {});
        await submit(plain, plain.getByRole("button", { name: "Opslaan en verder" }));
      }
      await submit(plain, plain.getByRole("button", { name: "Antwoorden versturen" }));
      expect(new URL(plain.url()).pathname).toBe("/m/thanks");
    },
    TIMEOUT_MS,
  );
});
