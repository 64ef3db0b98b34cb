import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { describe, expect, it } from "vitest";
import { useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { generateExport } from "./fixtures.js";
import { countsOf } from "./testing/counts.js";
import { createEveryGroup, previewAndConfirm, upload, uploadToPreview } from "./testing/browse.js";

const ctx = useTestContext();

describe("a 10,000-row export through the browser", () => {
  it("imports completely with progress, and a second import changes nothing", { timeout: 300_000 }, async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const file = generateExport(10_000);
    const text = new TextDecoder().decode(file);
    // Expected numbers straight from the file's text, not from the code under test.
    const emails = text.match(/[\w.]+@example\.nl/g) ?? [];
    const before = await countsOf(ctx.database.db, school.orgId);

    const first = await previewAndConfirm(leader, await uploadToPreview(leader, file));
    expect(first.preview).toMatch(/Nieuwe leerlingen<\/dt>\s*<dd>10000<\/dd>/);
    expect(first.result).toContain("De import is klaar");
    // One line per batch of 500 rows: the page really reported progress along the way.
    expect((first.result.match(/<progress /g) ?? []).length).toBeGreaterThan(40);
    const imported = {
      pupils: before.pupils + 10_000,
      guardians: before.guardians + new Set(emails).size,
      groups: before.groups + 16,
      links: before.links + emails.length,
    };
    expect(await countsOf(ctx.database.db, school.orgId)).toEqual(imported);

    const second = await previewAndConfirm(leader, await uploadToPreview(leader, file));
    expect(second.preview).toMatch(/Leerlingen ongewijzigd<\/dt>\s*<dd>10000<\/dd>/);
    expect(second.result).toMatch(/Nieuwe leerlingen<\/dt>\s*<dd>0<\/dd>/);
    expect(await countsOf(ctx.database.db, school.orgId)).toEqual(imported);
  });
});

describe("progress over a real connection", () => {
  it("sends the page in pieces while the import runs, not all at the end", { timeout: 300_000 }, async () => {
    const { leader } = await leaderSignedIn(ctx);
    const preview = (await upload(leader, generateExport(2_000))).headers.get("location") ?? "";
    const choices = createEveryGroup(await (await leader.get(preview)).text());
    const server = serve({ fetch: ctx.app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}${preview}/confirm`, {
        method: "POST",
        body: new URLSearchParams({ _csrf: leader.cookies.get("samen_csrf") ?? "", ...choices }),
        headers: {
          cookie: [...leader.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
          origin: "http://localhost:3000",
          "content-type": "application/x-www-form-urlencoded",
        },
      });
      const pieces: string[] = [];
      const decoder = new TextDecoder();
      for await (const chunk of response.body ?? []) pieces.push(decoder.decode(chunk));
      expect(pieces.join("")).toContain("De import is klaar");
      // The browser had the page's head and progress lines long before the outcome.
      expect(pieces[0]).toContain("<h1>Leerlingen importeren</h1>");
      expect(pieces[0]).not.toContain("De import is klaar");
      expect(pieces.filter((piece) => piece.includes("<progress ")).length).toBeGreaterThan(5);
    } finally {
      server.close();
    }
  });
});
