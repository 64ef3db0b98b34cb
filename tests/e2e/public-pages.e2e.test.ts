/**
 * Pages anyone can reach: landing, sign-in (also with a mistake), the 404 page,
 * the language switch, and signing in with JavaScript switched off.
 */
import { describe, expect, it } from "vitest";
import { translator } from "../../src/web/i18n/index.js";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { checkPage, mainText, openMenu, PHONE, signInAs, submit, useE2E } from "./harness.js";

const nl = translator("nl");
const en = translator("en");
const e2e = useE2E();

describe.each([
  ["desktop", {}],
  ["phone", PHONE],
])("public pages on %s", (_name, device) => {
  it("shows the landing page and leads to the sign-in form", async () => {
    const page = await e2e.newPage(device);
    await page.goto("/");
    await checkPage(page);
    await expect(page.locator("h1").innerText()).resolves.toBe(nl("landing.title"));

    await page.locator("main a", { hasText: nl("landing.signIn") }).click();
    await page.waitForURL("**/sign-in");
    await checkPage(page);
    await expect(page.locator("h1").innerText()).resolves.toBe(nl("signIn.title"));

    await page.locator("main a", { hasText: nl("signIn.password.link") }).click();
    await page.waitForURL("**/sign-in/password");
    await checkPage(page);
  });

  it("explains a mistake in the e-mail address next to the field", async () => {
    const page = await e2e.newPage(device);
    await page.goto("/sign-in");
    await page.locator("#field-email").fill("not an address");
    await submit(page, page.locator("main form button[type=submit]"));

    // The summary names the field: "E-mailadres: vul een geldig e-mailadres in, …".
    const entry = `${nl("signIn.email")}: ${nl("error.email").charAt(0).toLowerCase()}${nl("error.email").slice(1)}`;
    await expect(page.locator(".error-summary").innerText()).resolves.toContain(entry);
    await expect(page.locator("#field-email").getAttribute("aria-invalid")).resolves.toBe("true");
    await checkPage(page);
  });

  it("shows a helpful page for an address that does not exist", async () => {
    const page = await e2e.newPage(device);
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1").innerText()).resolves.toBe(nl("error.notFound.title"));
    await checkPage(page);
  });
});

describe("language", () => {
  it("switches to English with the button in the header and back to Dutch", async () => {
    const page = await e2e.newPage();
    await page.goto("/sign-in");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("nl");

    await submit(page, page.locator("header button[lang=en]"));
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(page.locator("h1").innerText()).resolves.toBe(en("signIn.title"));
    await expect(mainText(page)).resolves.toContain(en("signIn.intro"));
    await checkPage(page);

    await submit(page, page.locator("header button[lang=nl]"));
    await expect(page.locator("h1").innerText()).resolves.toBe(nl("signIn.title"));
  });

  it("follows the browser's language on the first visit", async () => {
    const page = await e2e.newPage({ locale: "en-GB" });
    await page.goto("/");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(page.locator("h1").innerText()).resolves.toBe(en("landing.title"));
  });
});

describe("without JavaScript", () => {
  it("signs in through the outbox link, reaches home and signs out", async () => {
    const page = await e2e.newPage({ javaScriptEnabled: false });
    await signInAs(page, DEMO_ACCOUNTS.parent);
    await expect(page.locator("h1").innerText()).resolves.toBe(nl("home.welcome", { name: "Anna Jansen" }));
    await expect(mainText(page)).resolves.toContain(nl("home.children.title"));

    await openMenu(page);
    await submit(page, page.locator("header button", { hasText: nl("layout.signOut") }));
    expect(new URL(page.url()).pathname).toBe("/");
    await expect(page.locator(".flash").innerText()).resolves.toBe(nl("signOut.done"));
  });
});
