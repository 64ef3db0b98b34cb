/**
 * Issue 10 §6: where a response may send the browser, whether it may be kept,
 * and the page for a form that is too large.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { describe, expect, it } from "vitest";
import { MAX_FORM_BYTES } from "../../src/middleware/body-limit.js";
import { createMeasurementAs, openLinkOf } from "../../src/features/measurements/testing.js";
import { signIn, TestClient, useTestContext } from "../helpers/app.js";
import { createSchool } from "../helpers/factories.js";

const ctx = useTestContext();

const HERE = "http://localhost:3000";

describe("going back after choosing a language", () => {
  it("never leads to another site, however the path is written", async () => {
    const client = new TestClient(ctx.app);
    const elsewhere = [
      "/\\evil.example",
      "//evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "http:evil.example",
      "/.//evil.example/x",
      "/..//evil.example",
      "/a/..//evil.example",
    ];
    for (const back of elsewhere) {
      const response = await client.post("/language", { locale: "en", back });
      expect(response.status, back).toBe(303);
      const location = response.headers.get("location")!;
      expect(new URL(location, HERE).origin, `${back} → ${location}`).toBe(HERE);
      expect(location, back).toMatch(/^\/(?![/\\])/);
    }
  });

  it("still goes back to the page it came from", async () => {
    const response = await new TestClient(ctx.app).post("/language", { locale: "en", back: "/sign-in?next=%2Fhome" });
    expect(response.headers.get("location")).toBe("/sign-in?next=%2Fhome");
  });
});

describe("caching", () => {
  it("no page with pupils, parents or answers may be kept; static files may", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const id = await createMeasurementAs(leader, { parents: school.groupA.id });
    const respondent = new TestClient(ctx.app);
    const link = (await respondent.post(await openLinkOf(leader, id, `Ouders van ${school.groupA.name}`))).headers.get(
      "location",
    )!;
    const responses = [
      await leader.get("/organisation/pupils"),
      await leader.get(`/organisation/pupils/${school.child.id}`),
      await leader.get(`/organisation/measurements/${id}`),
      await leader.get("/organisation/does-not-exist"),
      await respondent.get(`${link}/1`),
      await (await signIn(ctx, school.parent.email)).get("/home"),
    ];
    for (const response of responses) expect(response.headers.get("cache-control"), response.url).toBe("no-store");
    const script = await leader.get("/static/styles.css");
    expect(script.status).toBe(200);
    expect(script.headers.get("cache-control") ?? "").not.toContain("no-store");
  });
});

describe("a form that is too large", () => {
  it("gets the page that says so, in the viewer's language and with their header, and changes nothing", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const response = await leader.post("/account", { name: "x".repeat(MAX_FORM_BYTES), locale: "en" });
    expect(response.status).toBe(413);
    const html = await response.text();
    expect(html).toContain("Te veel tekst");
    expect(html).toContain('action="/sign-out"');
    const english = await leader.send("/account", {
      method: "POST",
      body: "name=x",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "content-length": String(MAX_FORM_BYTES + 1),
        "accept-language": "en",
      },
    });
    expect(english.status).toBe(413);
    expect(await english.text()).toContain("What you sent is larger than a form here may be");
    expect(await (await leader.get("/account")).text()).not.toContain("xxxxxxxxxx");
  });

  it("is refused unread on the pages that need no session too (a public form), while they answer smaller ones", async () => {
    const visitor = new TestClient(ctx.app);
    const oversized = (path: string) =>
      visitor.send(path, {
        method: "POST",
        body: "x=1",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": String(MAX_FORM_BYTES + 1),
          origin: HERE,
        },
      });
    expect((await oversized("/advice/faq/een-vraag/helpful")).status).toBe(413);
    expect((await oversized("/unsubscribe/abc")).status).toBe(413);
    expect((await visitor.post("/advice/faq/een-vraag/helpful", { helpful: "yes" })).status).not.toBe(413);
  });

  it("gets the same page when sent over HTTP in chunks, without a declared length", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const server = serve({ fetch: ctx.app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const form = `_csrf=${leader.cookies.get("samen_csrf")}&locale=en&name=${"x".repeat(MAX_FORM_BYTES)}`;
      const bytes = new TextEncoder().encode(form);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 16 * 1024) controller.enqueue(bytes.slice(at, at + 16 * 1024));
          controller.close();
        },
      });
      const response = await fetch(`http://127.0.0.1:${port}/account`, {
        method: "POST",
        body,
        duplex: "half",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: HERE,
          cookie: [...leader.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
        },
      } as RequestInit);
      expect(response.status).toBe(413);
      const html = await response.text();
      expect(html).toContain("Te veel tekst");
      expect(html).toContain('action="/sign-out"');
    } finally {
      server.close();
    }
    expect(await (await leader.get("/account")).text()).not.toContain("xxxxxxxxxx");
  });
});
