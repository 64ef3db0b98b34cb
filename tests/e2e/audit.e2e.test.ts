/**
 * The school leader's audit log in a browser: the search form (a GET form, no script needed) keeps
 * its choices, its fields are labelled and the page passes axe, fits a 360 px phone, and its introduction reads
 * at the page's normal width (the width of a paragraph elsewhere), not squeezed.
 */
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../src/demo/load-demo.js";
import { checkPage, PHONE, signInAs, submit, useE2E } from "./harness.js";

const e2e = useE2E();

describe("the audit log", () => {
  it("is searched with a form that keeps its choices, on a phone and on a desktop", async () => {
    const page = await e2e.newPage(PHONE);
    await signInAs(page, DEMO_ACCOUNTS.leader);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/organisation/audit");
      await checkPage(page);
      // The normal reading width: a paragraph's (--measure), or the whole column where that is narrower.
      const widths = await page.evaluate(() => {
        const intro = document.querySelector("main h1 + p")!;
        const probe = document.createElement("p");
        probe.textContent = "x ".repeat(400);
        document.querySelector("main")!.append(probe);
        const normal = probe.getBoundingClientRect().width;
        probe.remove();
        return { intro: intro.getBoundingClientRect().width, normal };
      });
      expect(widths.intro).toBeGreaterThanOrEqual(widths.normal - 24);
    }

    await page.getByLabel("Handeling").selectOption({ label: "Bekeken" });
    await page.getByLabel("Vanaf").fill("2020-01-01");
    await submit(page, page.getByRole("button", { name: "Zoeken" }));
    const url = new URL(page.url());
    expect(url.searchParams.get("action")).toBe("view");
    expect(url.searchParams.get("from")).toBe("2020-01-01");
    await expect(page.getByLabel("Handeling").inputValue()).resolves.toBe("view");
    await checkPage(page);

    await page.goto("/organisation/audit?from=2020-02-30");
    await expect(page.locator(".error-summary").innerText()).resolves.toContain("Vanaf: vul een geldige datum in.");
    await checkPage(page);
  });
});
