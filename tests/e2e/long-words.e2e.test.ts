/**
 * Long words wrap on a phone: a message subject of 120 letters without a space (the longest
 * allowed) and an event title of 118 leave the parent's home, the events list, the event's page
 * and the calendar 360 px wide, instead of pushing them sideways (public/styles.css wraps user
 * text everywhere, not per page): document.documentElement.scrollWidth stays at most 360
 * (and at most 1280 on a desktop's 1280).
 */
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { PHONE, signInAs, submit, useE2E } from "./harness.js";

const e2e = useE2E();
const SUBJECT = "Ouderavondvoorbereiding".repeat(6).slice(0, 120);
const TITLE = "Informatieavondvoorlezen".repeat(5).slice(0, 118);
/** The day in two weeks as a date field takes it (yyyy-mm-dd). */
const inTwoWeeks = () => new Date(Date.now() + 14 * 24 * 3600_000).toISOString().slice(0, 10);

describe("long words on a phone", () => {
  it("wrap in a message's subject and an event's title instead of widening the page", async () => {
    const coordinator = await e2e.newPage(PHONE);
    await signInAs(coordinator, DEMO_ACCOUNTS.coordinator);
    await coordinator.goto("/events/new");
    await coordinator.locator("#field-title").fill(TITLE);
    await coordinator.locator("#field-day").fill(inTwoWeeks());
    await coordinator.locator("#field-place").fill("De aula");
    await submit(coordinator, coordinator.locator("main form button[type=submit]"));
    expect(new URL(coordinator.url()).pathname).toMatch(/^\/events\/[0-9a-f-]{36}$/);
    const eventPath = new URL(coordinator.url()).pathname;

    const parent = await e2e.newPage(PHONE);
    await signInAs(parent, DEMO_ACCOUNTS.parent);
    await parent.goto("/messages/new");
    await parent.locator("#field-pupilId").selectOption({ label: "Lotte Jansen (groep 7)" });
    await parent.locator("#field-subject").fill(SUBJECT);
    await parent.locator("#field-body").fill("Een vraag over de ouderavond.");
    await submit(parent, parent.locator("main form button[type=submit]"));
    expect(new URL(parent.url()).pathname).toMatch(/^\/messages\//);

    const tooWide: string[] = [];
    for (const [page, path] of [
      [parent, "/home"],
      [parent, "/events"],
      [parent, eventPath],
      [parent, "/calendar"],
      [coordinator, "/events"],
      [coordinator, eventPath],
      [coordinator, "/calendar"],
    ] as const) {
      for (const screen of [360, 1280]) {
        await page.setViewportSize({ width: screen, height: 740 });
        await page.goto(path);
        await expect(page.locator("main").innerText()).resolves.toMatch(/Ouderavondvoorbereiding|Informatieavond/);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > screen) tooWide.push(`${page === parent ? "parent" : "coordinator"} ${path}: ${width} px`);
      }
    }
    // Every page at once, so a failure names all that are too wide.
    expect(tooWide).toEqual([]);
  });
});
