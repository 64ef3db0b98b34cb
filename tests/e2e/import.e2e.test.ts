/**
 * The school leader imports the school administration's export in the browser:
 * a messy file is refused with row numbers and nothing changes; the fixed file
 * imports; importing it again changes nothing. On a phone, axe on every step.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { translator } from "../../src/web/i18n/index.js";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { fixedParnassysExport, parnassysExport } from "../../src/features/import/fixtures.js";
import { PHONE, checkPage, signInAs, submit, useE2E } from "./harness.js";

const nl = translator("nl");
const e2e = useE2E();

/** The pupil count on the school leader's home page. */
async function pupilCount(page: Page): Promise<number> {
  await page.goto("/home");
  const item = page.locator(".stats div", { has: page.locator("dt", { hasText: nl("home.organisation.pupils") }) });
  return Number(await item.locator("dd").innerText());
}

/**
 * Chooses the file on the upload page and sends it; where Samen asks which
 * column holds what (the export has columns it does not know), agrees with
 * its choices. Ends on the preview.
 */
async function uploadFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.goto("/organisation/import");
  await checkPage(page);
  await page.locator("#field-file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(bytes) });
  await submit(page, page.locator("main form button[type=submit]"));
  if (new URL(page.url()).pathname.endsWith("/columns")) {
    await checkPage(page);
    await submit(page, page.locator("main form button[type=submit]", { hasText: nl("import.columns.submit") }));
  }
  await expect(page.locator("h1").innerText()).resolves.toBe(nl("import.preview.title"));
  await checkPage(page);
}

/** A number shown in the counts list (<dl class="stats">) under the given label. */
async function countShown(page: Page, label: string): Promise<number> {
  const item = page.locator("main .stats div", { has: page.locator("dt", { hasText: label }) }).last();
  return Number(await item.locator("dd").innerText());
}

const confirmButton = (page: Page) =>
  page.locator("main form button[type=submit]", { hasText: nl("import.preview.confirm") });

describe("importing pupils", () => {
  it("refuses a messy export with row numbers, imports the fixed one, and never duplicates", async () => {
    const page = await e2e.newPage(PHONE);
    await signInAs(page, DEMO_ACCOUNTS.leader);
    const before = await pupilCount(page);

    await uploadFile(page, "parnassys-export.csv", parnassysExport());
    const rejected = page.locator("main table", {
      has: page.locator("caption", { hasText: nl("import.preview.rejected.caption") }),
    });
    await expect(rejected.locator("tbody th").allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(["5", "7", "8", "9"]),
    );
    await expect(rejected.locator("tbody tr").first().innerText()).resolves.toContain(nl("import.reason.invalidDate"));
    await expect(confirmButton(page).count()).resolves.toBe(0);
    expect(await pupilCount(page)).toBe(before);

    await uploadFile(page, "parnassys-export-fixed.csv", fixedParnassysExport());
    const created = await countShown(page, nl("import.count.pupilsCreated"));
    expect(created).toBeGreaterThan(0);
    // The demo school has groups "4", "5"…; the export's "Groep 4a" and the like are new
    // groups: for each, the leader chooses to create it (the alternative: an existing group).
    for (const choice of await page.locator('select[name^="group-"]').all()) await choice.selectOption("create");
    await submit(page, confirmButton(page));
    await expect(page.locator("main h2", { hasText: nl("import.result.done") }).count()).resolves.toBe(1);
    await checkPage(page);
    expect(await pupilCount(page)).toBe(before + created);

    await uploadFile(page, "parnassys-export-fixed.csv", fixedParnassysExport());
    await expect(page.locator("main").innerText()).resolves.toContain(nl("import.preview.nothing"));
    await expect(countShown(page, nl("import.count.pupilsCreated"))).resolves.toBe(0);
    await submit(page, confirmButton(page));
    await expect(countShown(page, nl("import.count.pupilsCreated"))).resolves.toBe(0);
    expect(await pupilCount(page)).toBe(before + created);
  });
});
