/**
 * Passkeys in a real browser: Chromium's virtual authenticator (over CDP) plays
 * the fingerprint reader. A coordinator adds a passkey, signs out, signs in by
 * link and gives the passkey as the second step; then, as if the phone were
 * lost, a recovery code shown when the passkey was added.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { translator } from "../../src/web/i18n/index.js";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { checkPage, openMenu, PHONE, signInAs, submit, useE2E } from "./harness.js";

const nl = translator("nl");
const e2e = useE2E();

/** A platform authenticator that verifies the user at once (as after a fingerprint). */
async function addVirtualAuthenticator(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  return async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials.length;
}

/** The sign-in link from the outbox, up to the point where the second step is asked. */
async function signInByLinkHalfway(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await page.locator("#field-email").fill(email);
  await submit(page, page.locator("main form button[type=submit]"));
  await page.goto("/dev/outbox");
  await page.locator("article.mail", { hasText: email }).first().locator("a[href*='/sign-in/link']").first().click();
  await page.waitForURL("**/sign-in/link?token=*");
  await submit(page, page.locator("main form button[type=submit]"));
  expect(new URL(page.url()).pathname).toBe("/sign-in/second-factor");
}

describe("passkeys", () => {
  // On the 360 px phone, so checkPage also proves the pages fit the narrowest screen.
  it("adds a passkey and uses it as the second step at the next sign-in", async () => {
    const page = await e2e.newPage(PHONE);
    const credentialCount = await addVirtualAuthenticator(page);
    await signInAs(page, DEMO_ACCOUNTS.coordinator);

    await page.goto("/account/two-factor");
    const add = page.locator("form[data-passkey=register]");
    await add.waitFor({ state: "visible" });
    await expect(page.locator("[data-passkey-fallback]").isHidden()).resolves.toBe(true);
    await checkPage(page);
    await page.locator("#field-name").fill("Laptop op school");
    await submit(page, add.locator("button[type=submit]"));
    await expect(page.locator(".flash").innerText()).resolves.toBe(nl("twoFactor.passkeys.addedFirst"));
    await expect(page.locator(".card h3").allInnerTexts()).resolves.toEqual(["Laptop op school"]);
    await expect(credentialCount()).resolves.toBe(1);
    // The first second factor comes with recovery codes, shown on this page once.
    const codes = await page.locator(".recovery-codes code").allInnerTexts();
    expect(codes).toHaveLength(10);

    await openMenu(page);
    await submit(page, page.locator("header form[action='/sign-out'] button"));
    await signInByLinkHalfway(page, DEMO_ACCOUNTS.coordinator);
    const use = page.locator("form[data-passkey=sign-in]");
    await use.waitFor({ state: "visible" });
    await checkPage(page);
    await submit(page, use.locator("button[type=submit]"));
    expect(new URL(page.url()).pathname).toBe("/home");

    await page.goto("/account/two-factor");
    await checkPage(page);
    await expect(page.locator(".passkey-dates dd").nth(1).innerText()).resolves.not.toBe(
      nl("twoFactor.passkeys.never"),
    );
    await expect(page.locator(".recovery-codes").count()).resolves.toBe(0);

    // Phone lost: the next sign-in takes a recovery code instead of the passkey.
    await openMenu(page);
    await submit(page, page.locator("header form[action='/sign-out'] button"));
    await signInByLinkHalfway(page, DEMO_ACCOUNTS.coordinator);
    await page.locator("#field-recoveryCode").fill(codes[0]!);
    await submit(page, page.locator("form[action='/sign-in/second-factor/recovery'] button"));
    expect(new URL(page.url()).pathname).toBe("/account/two-factor");
    await expect(page.locator(".flash").innerText()).resolves.toBe(nl("secondFactor.recovery.used"));
    await checkPage(page);
    // Three sign-ins and four axe runs: near 140 s on a loaded 2-core machine.
  }, 300_000);
});
