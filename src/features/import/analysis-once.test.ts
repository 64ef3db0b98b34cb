/**
 * The import reads a file once: at upload. Loading its preview again (a reload, another
 * language, a group choice) uses that analysis instead of reading the whole file again, which
 * for a large file kept the server from answering anyone. And a file above IMPORT_MAX_MB is
 * refused, saying the limit, with nothing stored.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { leaderSignedIn, useTestContext } from "../../../tests/helpers/app.js";
import { withOrg } from "../../db/client.js";
import { importUploads } from "../../db/schema/index.js";
import { fixedParnassysExport } from "./fixtures.js";
import { upload, uploadToPreview } from "./testing/browse.js";
import { findUpload, uploadContent, UploadGone } from "./uploads.js";

const ctx = useTestContext({ IMPORT_MAX_MB: "1" });

describe("the import's analysis", () => {
  it("is made once: loading the preview again does not read the file again", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const preview = await uploadToPreview(leader, fixedParnassysExport());
    const first = await (await leader.get(preview)).text();
    expect(first).toMatch(/Nieuwe leerlingen<\/dt>\s*<dd>8<\/dd>/);
    // Were the file read again, the preview would show this one: a single pupil.
    const oneRow = "Leerlingnummer;Roepnaam;Achternaam;Groep\n9999;Ans;Smit;Groep 3\n";
    const id = preview.split("/").pop() ?? "";
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .update(importUploads)
        .set({ content: new TextEncoder().encode(oneRow) })
        .where(eq(importUploads.id, id)),
    );
    for (const locale of ["en", "nl"]) {
      const page = await leader.send(preview, { headers: { "accept-language": locale } });
      expect(page.status).toBe(200);
      expect(await page.text()).not.toContain("Smit");
    }
    expect(await (await leader.get(preview)).text()).toMatch(/Nieuwe leerlingen<\/dt>\s*<dd>8<\/dd>/);
  });
});

describe("an upload's bytes", () => {
  it("are not read to find the upload: a step reads them only for an analysis it has not kept", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = (await uploadToPreview(leader, fixedParnassysExport())).split("/").pop() ?? "";
    const scope = { orgId: school.orgId, userId: school.leader.id };
    const found = await findUpload(ctx.database.db, scope, id);
    expect(found?.id).toBe(id);
    expect(found).not.toHaveProperty("content");
    expect(Buffer.from(await uploadContent(ctx.database.db, scope, id))).toEqual(Buffer.from(fixedParnassysExport()));
    await withOrg(ctx.database.db, scope, (tx) => tx.delete(importUploads).where(eq(importUploads.id, id)));
    await expect(uploadContent(ctx.database.db, scope, id)).rejects.toBeInstanceOf(UploadGone);
  });
});

describe("a file above IMPORT_MAX_MB", () => {
  it("is announced: the upload form's hint names the configured limit", async () => {
    const { leader } = await leaderSignedIn(ctx);
    const page = await (await leader.get("/organisation/import")).text();
    expect(page).toContain("Hoogstens 1 MB.");
    expect(await (await leader.get("/organisation/import", { "accept-language": "en" })).text()).toContain(
      "At most 1 MB.",
    );
  });

  it("is refused with the limit in the message, and nothing is stored", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const response = await upload(leader, new Uint8Array(1024 * 1024 + 1).fill(0x41));
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain("Het bestand is groter dan 1 MB. Er is niets opgeslagen.");
    const stored = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select({ id: importUploads.id }).from(importUploads),
    );
    expect(stored).toEqual([]);
  });
});
