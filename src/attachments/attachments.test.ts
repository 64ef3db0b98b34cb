/**
 * Attachments over the real app and database: a photo stored without its GPS position, served
 * only to a person the owning record's feature lets see it, with headers that keep it from
 * acting as a page; another school's people, someone the owner refuses, and a kind nobody owns
 * get "not found". And the upload form's refusals, in the person's language, change nothing.
 */
import { Hono } from "hono";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, TestClient, useTestContext } from "../../tests/helpers/app.js";
import { createSchool } from "../../tests/helpers/factories.js";
import type { School } from "../../tests/helpers/isolation.js";
import { withOrg } from "../db/client.js";
import { features } from "../features/index.js";
import type { AppEnv } from "../web/env.js";
import { contribution, installContributions } from "../web/extension.js";
import { translator } from "../web/i18n/index.js";
import { attachmentBodyLimit } from "./body-limit.js";
import { csrfCookie, viewerIn } from "./testing/sender.js";
import { prepareAttachment } from "./check.js";
import {
  attachmentOwners,
  attachmentPath,
  attachmentsOf,
  deleteAttachmentsOf,
  readAttachmentUploads,
  saveAttachments,
} from "./index.js";
import { DOWNLOAD_PART_BYTES } from "./download.js";
import { hasGpsDirectory, pdf, pdfOfSize, photoWithGps, svgWithScript, windowsProgram } from "./testing/files.js";

const ctx = useTestContext();
let school: School;
let other: School;
let parent: TestClient;
let teacher: TestClient;
let otherParent: TestClient;
/** Who the test feature lets see its record's attachments. */
const allowed = new Set<string>();
const owner = { kind: "test_post", id: "00000000-0000-4000-8000-000000000001" };

async function store(orgId: string, file: { name: string; bytes: Uint8Array }, kind = owner.kind) {
  const checked = await prepareAttachment(file, { maxBytes: 10 * 1024 * 1024, maxFiles: 10 });
  if (!checked.ok) throw new Error(checked.problem);
  const [id] = await withOrg(ctx.database.db, { orgId, userId: null }, (tx) =>
    saveAttachments(tx, { orgId, owner: { ...owner, kind }, uploadedBy: null, files: [checked.file] }),
  );
  return id!;
}

beforeAll(async () => {
  school = await createSchool(ctx.database.db);
  other = await createSchool(ctx.database.db);
  installContributions([
    ...features.flatMap((feature) => feature.contributes ?? []),
    contribution(attachmentOwners, {
      kind: owner.kind,
      maySee: ({ viewer, ownerId }) => Promise.resolve(ownerId === owner.id && allowed.has(viewer.userId)),
    }),
  ]);
  allowed.add(school.parent.id);
  parent = await signIn(ctx, school.parent.email);
  teacher = await signIn(ctx, school.teacher.email);
  otherParent = await signIn(ctx, other.parent.email);
});
afterAll(async () => {
  installContributions(features.flatMap((feature) => feature.contributes ?? []));
});

describe("serving an attachment", () => {
  it("sends a photo without its GPS position, inline, to whom the owner allows, with headers that keep it inert", async () => {
    const id = await store(school.orgId, { name: "../IMG_0001.JPG", bytes: await photoWithGps() });
    const response = await parent.get(attachmentPath(id));
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    const metadata = await sharp(bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(hasGpsDirectory(bytes)).toBe(false);
    expect(bytes.toString("latin1")).not.toContain("SamenPhone");
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "image/jpeg",
      "content-length": String(bytes.length),
      "content-disposition": "inline; filename=\"IMG_0001.jpg\"; filename*=UTF-8''IMG_0001.jpg",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; img-src 'self'; sandbox",
      "cache-control": "private, no-store",
    });
  });

  it("sends a PDF as a download, byte for byte", async () => {
    const id = await store(school.orgId, { name: "Zoë's brief.pdf", bytes: pdf });
    const response = await parent.get(attachmentPath(id));
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
    expect(response.headers.get("content-disposition")).toBe(
      "attachment; filename=\"Zoes brief.pdf\"; filename*=UTF-8''Zo%C3%ABs%20brief.pdf",
    );
  });

  it("sends a large file a part at a time as it reads it, byte for byte", async () => {
    const large = pdfOfSize(DOWNLOAD_PART_BYTES * 2 + 1000);
    large.fill(7, pdf.length);
    const id = await store(school.orgId, { name: "groot.pdf", bytes: large });
    const response = await parent.get(attachmentPath(id));
    expect(response.headers.get("content-length")).toBe(String(large.length));
    const parts: Uint8Array[] = [];
    for await (const part of response.body!) parts.push(part);
    expect(Math.max(...parts.map((part) => part.byteLength))).toBeLessThanOrEqual(DOWNLOAD_PART_BYTES);
    expect(Buffer.concat(parts).equals(large)).toBe(true);
  });

  it("answers 'not found' to someone the owner refuses, to another school and for a kind nobody owns", async () => {
    const id = await store(school.orgId, { name: "brief.pdf", bytes: pdf });
    expect((await teacher.get(attachmentPath(id))).status).toBe(404);
    expect((await otherParent.get(attachmentPath(id))).status).toBe(404);
    const orphan = await store(school.orgId, { name: "brief.pdf", bytes: pdf }, "nobody_owns_this");
    expect((await parent.get(attachmentPath(orphan))).status).toBe(404);
    expect((await parent.get(attachmentPath("not-an-id"))).status).toBe(404);
    expect((await new TestClient(ctx.app).get(attachmentPath(id))).status).toBe(303);
  });

  it("keeps the order a post's files were chosen in, all stored in one transaction", async () => {
    const names = Array.from({ length: 10 }, (_, i) => `bijlage-${i + 1}.pdf`);
    const files = await Promise.all(
      names.map(async (name) => {
        const checked = await prepareAttachment({ name, bytes: pdf }, { maxBytes: 1024 * 1024, maxFiles: 10 });
        if (!checked.ok) throw new Error(checked.problem);
        return checked.file;
      }),
    );
    const post = { kind: owner.kind, id: "00000000-0000-4000-8000-000000000002" };
    const scope = { orgId: other.orgId, userId: null };
    await withOrg(ctx.database.db, scope, (tx) =>
      saveAttachments(tx, { orgId: other.orgId, owner: post, uploadedBy: null, files }),
    );
    const shown = await withOrg(ctx.database.db, scope, (tx) => attachmentsOf(tx, other.orgId, post));
    expect(shown.map((a) => a.fileName)).toEqual(names);
  });

  it("is gone with its record", async () => {
    const id = await store(other.orgId, { name: "brief.pdf", bytes: pdf });
    await withOrg(ctx.database.db, { orgId: other.orgId, userId: null }, async (tx) => {
      expect((await attachmentsOf(tx, other.orgId, owner)).map((a) => a.id)).toContain(id);
      await deleteAttachmentsOf(tx, other.orgId, owner);
      expect(await attachmentsOf(tx, other.orgId, owner)).toEqual([]);
    });
  });
});

/** A form with a file field, as a feature's upload page has, answering what it read. */
function uploadApp(locale: "nl" | "en") {
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set("deps", { config: ctx.config } as AppEnv["Variables"]["deps"]);
      c.set("t", translator(locale));
      c.set("viewer", viewerIn({ userId: "00000000-0000-4000-8000-000000000009", orgId: owner.id }));
      c.set("nav", []);
      await next();
    })
    .post("/upload", attachmentBodyLimit, async (c) => {
      const result = await readAttachmentUploads(c, "files", { maxBytes: 1024 * 1024, maxFiles: 2 });
      if (!result.ok) return c.text(c.var.t(result.key, result.params), 422);
      return c.json(result.files.map((f) => [f.fileName, f.mediaType]));
    });
}

function formWith(...files: [name: string, bytes: Uint8Array, type?: string][]) {
  const form = new FormData();
  for (const [name, bytes, type] of files)
    form.append("files", new File([bytes as Uint8Array<ArrayBuffer>], name, { type }));
  return form;
}

async function upload(form: FormData, locale: "nl" | "en" = "nl") {
  const response = await uploadApp(locale).request("/upload", { method: "POST", body: form, headers: csrfCookie });
  return { status: response.status, body: await response.text() };
}

describe("uploading through a form", () => {
  it("takes photos and PDFs, and no file chosen as no file", async () => {
    expect(await upload(formWith(["brief.pdf", pdf, "application/pdf"]))).toEqual({
      status: 200,
      body: JSON.stringify([["brief.pdf", "application/pdf"]]),
    });
    expect(await upload(formWith(["", new Uint8Array(), "application/octet-stream"]))).toEqual({
      status: 200,
      body: "[]",
    });
  });

  it("refuses a renamed program, an SVG with a script, an empty or too large file and too many, naming the file", async () => {
    const nl = (text: string) => ({ status: 422, body: text });
    expect(await upload(formWith(["vakantie.jpg", windowsProgram, "image/jpeg"]))).toEqual(
      nl("Het bestand vakantie.jpg is geen foto (JPEG, PNG, WebP of GIF) of PDF. Alleen die kunt u toevoegen."),
    );
    expect((await upload(formWith(["logo.svg", svgWithScript, "image/svg+xml"]))).body).toContain(
      "logo.svg is geen foto",
    );
    expect(await upload(formWith(["leeg.pdf", new Uint8Array(), "application/pdf"]))).toEqual(
      nl("Het bestand leeg.pdf is leeg. Kies een ander bestand."),
    );
    const big = Buffer.concat([pdf, Buffer.alloc(1024 * 1024)]);
    expect((await upload(formWith(["groot.pdf", big]))).body).toContain("groot.pdf is groter dan 1 MB");
    expect(await upload(formWith(["a.pdf", pdf], ["b.pdf", pdf], ["c.pdf", pdf]))).toEqual(
      nl("U kunt hoogstens 2 bestanden tegelijk toevoegen."),
    );
    expect((await upload(formWith(["setup.exe.jpg", windowsProgram]), "en")).body).toBe(
      "The file setup.exe.jpg is not a photo (JPEG, PNG, WebP or GIF) or a PDF. Only those can be added.",
    );
  });
});
