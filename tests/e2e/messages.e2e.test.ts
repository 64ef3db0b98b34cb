/**
 * Messages on a phone, as the demo's people would: the coordinator lifts the quiet hours (so the
 * test behaves alike at any hour), the parent writes to the school about Lotte, and her teacher
 * reads it, answers, and the parent reads the answer. Every page passes axe and fits 360 px.
 */
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { checkPage, mainText, PHONE, signInAs, submit, useE2E } from "./harness.js";

const e2e = useE2E();

describe("messages about a child on a phone", () => {
  it("a parent writes about one child; a teacher answers", async () => {
    const coordinator = await e2e.newPage(PHONE);
    await signInAs(coordinator, DEMO_ACCOUNTS.coordinator);
    await coordinator.goto("/messages/settings");
    await checkPage(coordinator);
    await coordinator.locator("#field-quietFrom").fill("00:00");
    await coordinator.locator("#field-quietUntil").fill("00:00");
    await coordinator.locator("#field-quietWeekends").uncheck();
    await submit(coordinator, coordinator.locator("main form button[type=submit]"));
    await expect(mainText(coordinator)).resolves.toContain("De rusttijd en antwoordtijd zijn bewaard.");

    const parent = await e2e.newPage(PHONE);
    await signInAs(parent, DEMO_ACCOUNTS.parent);
    await parent.goto("/messages");
    await checkPage(parent);
    await parent.locator("main a[href='/messages/new']").click();
    await parent.waitForURL("**/messages/new");
    await checkPage(parent);
    await parent.locator("#field-pupilId").selectOption({ label: "Lotte Jansen (groep 7)" });
    await parent.locator("#field-subject").fill("Logeren bij oma");
    await parent.locator("#field-body").fill("Lotte logeert deze week bij oma; zij haalt haar **om 15:00** op.");
    await submit(parent, parent.locator("main form button[type=submit]"));
    await checkPage(parent);
    const own = await mainText(parent);
    expect(own).toContain("Over Lotte Jansen (groep 7)");
    expect(own).toMatch(/U krijgt uiterlijk \w+ \d+ \w+ antwoord/);
    const threadPath = new URL(parent.url()).pathname;

    const teacher = await e2e.newPage(PHONE);
    await signInAs(teacher, DEMO_ACCOUNTS.teacher7);
    await teacher.goto("/messages");
    await checkPage(teacher);
    await teacher.locator(`main a[href='${threadPath}']`).click();
    await teacher.waitForURL(`**${threadPath}`);
    await checkPage(teacher);
    await expect(mainText(teacher)).resolves.toContain("om 15:00");
    await teacher.locator("#field-body").fill("Dank u, ik zet het in de agenda.");
    await submit(teacher, teacher.locator(`main form[action='${threadPath}/posts'] button[type=submit]`));
    await checkPage(teacher);

    await parent.goto("/home");
    await checkPage(parent);
    await expect(mainText(parent)).resolves.toContain("Antwoord over Lotte Jansen: Logeren bij oma");
    await parent.goto(threadPath);
    await checkPage(parent);
    await expect(mainText(parent)).resolves.toContain("Dank u, ik zet het in de agenda.");
  });
});
