/**
 * Staff tables on a 360 px phone need no swipe: the eindmeting's open links (with their close and
 * renew actions) and a conversation round's teachers and times show each row as a card of labelled
 * cells (public/styles.css, .table-stack), so nothing in them scrolls sideways, and the pages pass
 * axe. On a desktop they are still tables, with their column headers, for a screen reader.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { PHONE, checkPage, signInAs, useE2E } from "./harness.js";

const e2e = useE2E();

/** Each table's width beyond its visible box, by caption: 0 when nothing is to swipe. */
async function overflowOf(page: Page): Promise<Record<string, number>> {
  return page
    .locator("main .table-scroll")
    .evaluateAll((regions) =>
      Object.fromEntries(regions.map((r) => [r.getAttribute("aria-label"), r.scrollWidth - r.clientWidth])),
    );
}

describe("staff tables on a phone", () => {
  it("show the open links and the round's teachers without sideways scrolling, and as tables on a desktop", async () => {
    const page = await e2e.newPage(PHONE);
    await signInAs(page, DEMO_ACCOUNTS.leader);
    await page.goto("/organisation/measurements");
    await page.locator("main a", { hasText: "Eindmeting Samen school" }).first().click();
    await page.waitForURL("**/organisation/measurements/*");
    const measurement = page.url();
    await page.goto("/conversations");
    await page.locator("main a", { hasText: "Driehoeksgesprekken najaar" }).first().click();
    await page.waitForURL("**/conversations/rounds/*");
    const round = page.url();

    for (const [url, caption, cell] of [
      [measurement, "Open links", "Wijzigen"],
      [round, "Leraren en tijden", "Tijden"],
    ] as const) {
      await page.goto(url);
      await checkPage(page);
      await expect(overflowOf(page)).resolves.toMatchObject({ [caption]: 0 });
      // Each cell says which column it is in, as its header does on a wide screen.
      const region = page.getByRole("region", { name: caption });
      await expect(region.locator(`td[data-label='${cell}']`).first().isVisible()).resolves.toBe(true);
    }

    await page.setViewportSize({ width: 1280, height: 800 });
    for (const [url, caption, headers] of [
      [measurement, "Open links", ["Groep", "Link", "Wijzigen"]],
      [round, "Leraren en tijden", ["Leraar", "Tijden", "Gekozen"]],
    ] as const) {
      await page.goto(url);
      await checkPage(page);
      const table = page.getByRole("table", { name: caption });
      await expect(table.getByRole("columnheader").allInnerTexts()).resolves.toEqual(headers);
      await expect(table.evaluate((t) => getComputedStyle(t).display)).resolves.toBe("table");
    }
  });

  it("show the leader's other lists as cards too: nothing in them to swipe, no label without its value", async () => {
    const page = await e2e.newPage(PHONE);
    await signInAs(page, DEMO_ACCOUNTS.leader);
    const tooWide: string[] = [];
    for (const path of [
      "/organisation/staff",
      "/organisation/pupils",
      "/organisation/guardians",
      "/organisation/groups",
      "/organisation/audit",
      "/organisation/measurements",
      "/messages/overdue",
      "/conversations/history",
    ]) {
      await page.goto(path);
      const stacked = await page.locator("main .table-stack").count();
      if (!stacked) tooWide.push(`${path}: no stacked table`);
      for (const [caption, over] of Object.entries(await overflowOf(page)))
        if (over > 0) tooWide.push(`${path}: "${caption}" ${over} px too wide`);
      // A card names no column it has nothing for (a parent without a phone number).
      const bare = await page
        .locator("main .table-stack td[data-label]")
        .evaluateAll((cells) =>
          cells
            .filter((c) => c.getClientRects().length && !(c as HTMLElement).innerText.trim())
            .map((c) => c.dataset.label),
        );
      if (bare.length) tooWide.push(`${path}: labels without a value: ${[...new Set(bare)].join(", ")}`);
    }
    // Every page at once, so a failure names all that are too wide or label nothing.
    expect(tooWide).toEqual([]);
  });
});
