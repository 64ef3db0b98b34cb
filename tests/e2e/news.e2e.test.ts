/**
 * News on a phone, as the demo's people would: the demo parent (Lotte, group 7) reads juf Fatima's
 * post for group 7, asks a question, the teacher answers on the post's page and the parent reads
 * the answer; a parent of group 6 sees neither the post in the list nor its address. The calendar
 * page passes axe at 360 px too. The teacher then deletes the post with a double press on the
 * confirmation: one deletion, the news page with its message (not "not found" for the second press).
 * A parent who reacts, goes back and sends the form again (the browser asks the page again and
 * fills in what was sent) gets their one reaction and the same thanks; a changed text sent from
 * there is a new reaction.
 */
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { checkPage, mainText, PHONE, signInAs, submit, useE2E } from "./harness.js";

const e2e = useE2E();
const TITLE = "Schoolreisje groep 7";
const QUESTION = "Moeten de kinderen een lunchpakket meenemen?";

describe("news on a phone", () => {
  it("a parent of the group asks, the teacher answers; another group's parent sees nothing", async () => {
    const parent = await e2e.newPage(PHONE);
    await signInAs(parent, DEMO_ACCOUNTS.parent);
    await parent.goto("/news");
    await checkPage(parent);
    await parent.locator("main a", { hasText: TITLE }).click();
    await parent.waitForURL(/\/news\/[0-9a-f-]{36}$/);
    await checkPage(parent);
    const postPath = new URL(parent.url()).pathname;
    await parent.locator("#field-kind-question").check();
    await parent.locator("#field-body").fill(QUESTION);
    await submit(parent, parent.locator(`main form[action='${postPath}/reactions'] button[type=submit]`));
    await expect(mainText(parent)).resolves.toContain(QUESTION);

    const teacher = await e2e.newPage(PHONE);
    await signInAs(teacher, DEMO_ACCOUNTS.teacher7);
    await teacher.goto(postPath);
    const reaction = teacher.locator("main li", { hasText: QUESTION });
    await reaction.locator("textarea[name=answer]").fill("Ja, en een flesje water.");
    await submit(teacher, reaction.locator("form[action$='/answer'] button[type=submit]"));

    await parent.goto(postPath);
    await expect(mainText(parent)).resolves.toContain("Ja, en een flesje water.");
    await parent.goto("/calendar");
    await checkPage(parent);

    const other = await e2e.newPage(PHONE);
    await signInAs(other, "ouder.amrani@example.nl");
    await other.goto("/news");
    await expect(mainText(other)).resolves.not.toContain(TITLE);
    expect((await other.goto(postPath))?.status()).toBe(404);

    await teacher.goto(`${postPath}/delete`);
    await checkPage(teacher);
    // Pressed twice, the second time while the first post is on its way (as an impatient thumb does).
    const button = await teacher.locator(`main form[action='${postPath}/delete'] button[type=submit]`).boundingBox();
    const navigated = teacher.waitForURL("**/news");
    await teacher.mouse.click(button!.x + 5, button!.y + 5);
    await teacher.waitForTimeout(20);
    await teacher.mouse.click(button!.x + 5, button!.y + 5);
    await navigated;
    await teacher.waitForLoadState("load");
    await expect(teacher.locator(".flash").innerText()).resolves.toBe("Het bericht is verwijderd.");
    await expect(mainText(teacher)).resolves.not.toContain(TITLE);
  });

  it("a reaction sent again after the Back button appears once; a changed text is a new reaction", async () => {
    const parent = await e2e.newPage(PHONE);
    await signInAs(parent, DEMO_ACCOUNTS.parent);
    await parent.goto("/news");
    await parent.locator("main a", { hasText: "Studiedag op vrijdag" }).click();
    await parent.waitForURL(/\/news\/[0-9a-f-]{36}$/);
    const postPath = new URL(parent.url()).pathname;
    const send = parent.locator(`main form[action='${postPath}/reactions'] button[type=submit]`);
    const body = "Is de opvang die dag open?";
    await parent.locator("#field-kind-question").check();
    await parent.locator("#field-body").fill(body);
    await submit(parent, send);

    await parent.goBack();
    await expect(parent.locator("#field-body").inputValue()).resolves.toBe(body);
    await submit(parent, send);
    await expect(parent.locator(".flash").innerText()).resolves.toBe("Dank u. Uw tekst staat onder het bericht.");
    const reactions = parent.locator("section[aria-labelledby=reactions-title] ul.cards > li");
    await expect(reactions.filter({ hasText: body }).count()).resolves.toBe(1);

    await parent.goBack();
    await parent.locator("#field-body").fill("En de naschoolse opvang?");
    await submit(parent, send);
    await expect(reactions.filter({ hasText: "En de naschoolse opvang?" }).count()).resolves.toBe(1);
    await expect(reactions.filter({ hasText: body }).count()).resolves.toBe(1);
  });
});
