/**
 * The certification walk of issue 12 in the demo, on a phone: the school leader closes the open
 * eindmeting; the advisor sees every criterion met, awards the certificate; the public page of its
 * code says valid, and after the advisor revokes it, revoked. Every page passes axe and fits 360 px.
 */
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { PHONE, checkPage, mainText, signInAs, submit, useE2E } from "./harness.js";

const e2e = useE2E();

describe("certification on a phone", () => {
  it("closes the eindmeting, awards, verifies and revokes the certificate", async () => {
    const leader = await e2e.newPage(PHONE);
    await signInAs(leader, DEMO_ACCOUNTS.leader);
    await leader.goto("/organisation/measurements");
    await leader.locator("main a", { hasText: "Eindmeting Samen school" }).first().click();
    await leader.waitForURL("**/organisation/measurements/*");
    await leader.locator("main a.button", { hasText: "Meting nu sluiten" }).click();
    await leader.waitForURL("**/close");
    await checkPage(leader);
    await submit(leader, leader.locator("main form button[type=submit]"));

    const advisor = await e2e.newPage(PHONE);
    await signInAs(advisor, DEMO_ACCOUNTS.advisor);
    await advisor.goto("/certification");
    await checkPage(advisor);
    await expect(mainText(advisor)).resolves.toContain("De school is klaar voor het certificaat.");
    await submit(advisor, advisor.locator("main form[action='/certification/award'] button[type=submit]"));
    await checkPage(advisor);
    await expect(mainText(advisor)).resolves.toContain("Het certificaat is toegekend.");
    const link = await advisor.locator("main a[href^='/certificaat/']").first().getAttribute("href");
    expect(link).toMatch(/^\/certificaat\/[0-9A-Z]+$/);

    const visitor = await e2e.newPage(PHONE);
    await visitor.goto(link!);
    await checkPage(visitor);
    await expect(mainText(visitor)).resolves.toContain("Dit certificaat is geldig.");

    const revoke = advisor.locator("main form[action$='/revoke']");
    await revoke.locator("textarea[name=reason]").fill("Proef in de demo: het certificaat wordt ingetrokken.");
    await submit(advisor, revoke.locator("button[type=submit]"));
    await checkPage(advisor);
    await visitor.goto(link!);
    await checkPage(visitor);
    await expect(mainText(visitor)).resolves.toContain("Dit certificaat is ingetrokken.");
  });
});
