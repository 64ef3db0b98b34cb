/** The site's icon: every page names it, and /favicon.ico answers for what names none. */
import { expect, it } from "vitest";
import { useTestContext } from "../helpers/app.js";

const context = useTestContext();

it("is linked from a page and served as SVG", async () => {
  const page = await (await context.app.request("/sign-in")).text();
  expect(page).toContain('<link rel="icon" href="/static/favicon.svg" type="image/svg+xml"/>');
  const icon = await context.app.request("/static/favicon.svg");
  expect(icon.status).toBe(200);
  expect(icon.headers.get("content-type")).toContain("image/svg+xml");
  expect(await icon.text()).toMatch(/^<svg /);
});

it("answers at /favicon.ico, where browsers look when nothing names an icon", async () => {
  const icon = await context.app.request("/favicon.ico");
  expect(icon.status).toBe(200);
  expect(icon.headers.get("content-type")).toContain("image/svg+xml");
  expect(await icon.text()).toMatch(/^<svg /);
});
