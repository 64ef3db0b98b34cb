/**
 * On a phone, the demo parent joins a discussion group, agrees to the code of conduct shown before
 * their first post and starts a topic; a teacher reports it and the coordinator hides it with a
 * reason, which the parent then reads with their post. Every page passes axe and fits 360 px.
 */
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { checkPage, mainText, PHONE, signInAs, submit, useE2E } from "./harness.js";

const e2e = useE2E();

describe("a discussion group on a phone", () => {
  it("asks a parent to agree to the code of conduct before their first post, and shows them why the school hid it", async () => {
    const parent = await e2e.newPage(PHONE);
    await signInAs(parent, DEMO_ACCOUNTS.parent);
    await parent.goto("/discussions");
    await checkPage(parent);
    await parent.locator("main a", { hasText: "Schermtijd thuis" }).click();
    await parent.waitForURL("**/discussions/groups/*");
    await checkPage(parent);
    await submit(parent, parent.locator("main form[action$='/join'] button[type=submit]"));
    await checkPage(parent);
    await expect(mainText(parent)).resolves.toContain("Voordat u voor het eerst schrijft");

    await submit(parent, parent.locator("main form[action='/discussions/conduct'] button[type=submit]"));
    await checkPage(parent);
    await parent.locator("#field-title").fill("Telefoon mee naar school?");
    await parent.locator("#field-body").fill("Onze zoon wil een **telefoon** mee. Hoe doen jullie dat?");
    await submit(parent, parent.locator("main form[action$='/threads'] button[type=submit]"));
    await parent.waitForURL("**/discussions/threads/*");
    await checkPage(parent);
    await expect(mainText(parent)).resolves.toContain("Onze zoon wil een telefoon mee.");
    const threadUrl = parent.url();

    const teacher = await e2e.newPage(PHONE);
    await signInAs(teacher, DEMO_ACCOUNTS.teacher7);
    await teacher.goto(threadUrl);
    await teacher.locator("main a", { hasText: "Meld dit bericht" }).first().click();
    await teacher.waitForURL("**/discussions/posts/*");
    await checkPage(teacher);
    await teacher.locator("summary", { hasText: "Melden bij de school" }).click();
    await teacher.locator("#field-report-reason").fill("Dit hoort in de ouderraad");
    await submit(teacher, teacher.locator("main form[action$='/report'] button[type=submit]"));
    await checkPage(teacher);

    const coordinator = await e2e.newPage(PHONE);
    await signInAs(coordinator, DEMO_ACCOUNTS.coordinator);
    await coordinator.goto("/discussions");
    await checkPage(coordinator);
    await expect(mainText(coordinator)).resolves.toContain("Dit hoort in de ouderraad");
    await coordinator.locator("#moderation-queue ~ * a[href^='/discussions/posts/']").first().click();
    await coordinator.waitForURL("**/discussions/posts/*");
    await checkPage(coordinator);
    await coordinator.locator("#field-reason").fill("Over telefoons beslist de ouderraad; zie de nieuwsbrief.");
    await submit(coordinator, coordinator.locator("main form[action$='/hide'] button[type=submit]"));
    await checkPage(coordinator);

    await parent.goto(threadUrl);
    await checkPage(parent);
    await expect(mainText(parent)).resolves.toContain(
      "Verborgen door de school. Reden: Over telefoons beslist de ouderraad; zie de nieuwsbrief.",
    );
  });
});
