/**
 * The limits that keep uploads from taking the server's memory and disk (decision 008): a request
 * with files larger than UPLOAD_MAX_MB is refused unread, a person sends one such request at a
 * time and the process reads a few at once, and a day's attachments per person and per school are
 * capped. Each refusal says why in the person's language, and stores nothing.
 */
import { Hono, type MiddlewareHandler } from "hono";
import { describe, expect, it } from "vitest";
import { useTestContext } from "../../tests/helpers/app.js";
import { createSchool } from "../../tests/helpers/factories.js";
import { withOrg } from "../db/client.js";
import type { AppEnv } from "../web/env.js";
import { translator } from "../web/i18n/index.js";
import { InputError } from "../web/input-error.js";
import { attachmentBodyLimit } from "./body-limit.js";
import { attachmentsUploadedBy, readAttachmentUploads, saveAttachments } from "./index.js";
import { pdfOfSize } from "./testing/files.js";
import { csrfCookie, viewerIn } from "./testing/sender.js";

const ctx = useTestContext({
  UPLOAD_MAX_MB: "2",
  ATTACHMENT_DAILY_MB_PERSON: "1",
  ATTACHMENT_DAILY_MB_ORG: "2",
  UPLOADS_AT_ONCE: "2",
});
const owner = { kind: "test_post", id: "00000000-0000-4000-8000-000000000002" };
const KB = 1024;

interface RouteOptions {
  /** Held before the files are read. */
  hold?: Promise<void>;
  entered?: () => void;
  /** Awaited between reading the files and storing them. */
  beforeStoring?: () => Promise<void>;
  /** False for a request another server process reads: this process's gate does not count it. */
  gate?: boolean;
  locale?: "nl" | "en";
}

/** A feature's upload route: the body limit, the files read and checked, stored with their record. */
function uploadApp(viewer: { userId: string; orgId: string }, options: RouteOptions = {}) {
  const limit: MiddlewareHandler<AppEnv> = options.gate === false ? (_c, next) => next() : attachmentBodyLimit;
  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set("deps", { config: ctx.config, db: ctx.database.db } as AppEnv["Variables"]["deps"]);
      c.set("t", translator(options.locale ?? "nl"));
      c.set("viewer", viewerIn(viewer));
      c.set("nav", []);
      c.set("csrfToken", "");
      await next();
    })
    .post("/upload", limit, async (c) => {
      options.entered?.();
      await options.hold;
      const result = await readAttachmentUploads(c, "files");
      if (!result.ok) return c.text(c.var.t(result.key, result.params), 422);
      await options.beforeStoring?.();
      const scope = { orgId: viewer.orgId, userId: viewer.userId };
      try {
        await withOrg(ctx.database.db, scope, (tx) =>
          saveAttachments(tx, { orgId: viewer.orgId, owner, uploadedBy: viewer.userId, files: result.files }),
        );
      } catch (error) {
        if (error instanceof InputError) return c.text(c.var.t(error.key, error.numbers), 422);
        throw error;
      }
      return c.text("saved");
    });
  return {
    request: (path: string, init: RequestInit & { headers?: Record<string, string> }) =>
      app.request(path, { ...init, headers: { ...init.headers, ...csrfCookie } }),
  };
}

function pdfOf(size: number) {
  const form = new FormData();
  form.append("files", new File([pdfOfSize(size) as Uint8Array<ArrayBuffer>], "brief.pdf"));
  return form;
}

const storedBy = async (orgId: string, userId: string) =>
  (await withOrg(ctx.database.db, { orgId, userId }, (tx) => attachmentsUploadedBy(tx, orgId, userId))).length;

describe("a request with files larger than UPLOAD_MAX_MB", () => {
  it("is refused by its declared length and while it streams, with a page that says so, storing nothing", async () => {
    const school = await createSchool(ctx.database.db);
    const app = uploadApp({ userId: school.parent.id, orgId: school.orgId });
    const declared = await app.request("/upload", {
      method: "POST",
      body: "x",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(2 * 1024 * KB + 1) },
    });
    expect(declared.status).toBe(413);
    expect(await declared.text()).toContain("samen groter dan 2 MB. Er is niets opgeslagen.");
    const chunk = new Uint8Array(256 * KB);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(chunk); // without end: the limit must stop reading
      },
    });
    const streamed = await app.request("/upload", {
      method: "POST",
      body: stream,
      duplex: "half",
      headers: { "content-type": "multipart/form-data; boundary=x", "transfer-encoding": "chunked" },
    } as RequestInit & { headers: Record<string, string> });
    expect(streamed.status).toBe(413);
    expect(await storedBy(school.orgId, school.parent.id)).toBe(0);
  });
});

async function expectBusy(response: Response, status: number, text: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("retry-after")).toBe("10");
  expect(await response.text()).toContain(text);
}

describe("uploads at the same time", () => {
  it("lets a person send one request with files at a time, and the process a few, with Retry-After", async () => {
    const school = await createSchool(ctx.database.db);
    let release!: () => void;
    const hold = new Promise<void>((resolve) => (release = resolve));
    const started: Promise<void>[] = [];
    const send = (userId: string) => {
      let entered!: () => void;
      started.push(new Promise<void>((resolve) => (entered = resolve)));
      const app = uploadApp({ userId, orgId: school.orgId }, { hold, entered });
      return app.request("/upload", { method: "POST", body: pdfOf(10 * KB) });
    };
    const first = send(school.parent.id);
    await started[0];
    await expectBusy(await send(school.parent.id), 429, "U verstuurt al bestanden");
    const second = send(school.teacher.id);
    await started[2];
    await expectBusy(await send(school.leader.id), 503, "Er worden nu veel bestanden tegelijk verstuurd");
    release();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect((await send(school.parent.id)).status).toBe(200);
    expect(await storedBy(school.orgId, school.leader.id)).toBe(0);
  });
});

describe("a day's attachments", () => {
  it("are capped per person and per school, saying when it resets, counted from what is stored", async () => {
    const school = await createSchool(ctx.database.db);
    const parent = uploadApp({ userId: school.parent.id, orgId: school.orgId });
    expect(await (await parent.request("/upload", { method: "POST", body: pdfOf(700 * KB) })).text()).toBe("saved");
    const over = await parent.request("/upload", { method: "POST", body: pdfOf(400 * KB) });
    expect(over.status).toBe(422);
    expect(await over.text()).toBe(
      "U heeft vandaag al zoveel bestanden toegevoegd dat deze er niet meer bij passen (hoogstens 1 MB per dag). " +
        "Er is niets opgeslagen. Vanaf middernacht kunt u weer bestanden toevoegen.",
    );
    const teacher = uploadApp({ userId: school.teacher.id, orgId: school.orgId });
    expect(await (await teacher.request("/upload", { method: "POST", body: pdfOf(900 * KB) })).text()).toBe("saved");
    const leader = uploadApp({ userId: school.leader.id, orgId: school.orgId });
    const school_over = await leader.request("/upload", { method: "POST", body: pdfOf(500 * KB) });
    expect(await school_over.text()).toContain("Uw school heeft vandaag al zoveel bestanden toegevoegd");
    expect(await storedBy(school.orgId, school.parent.id)).toBe(1);
    expect(await storedBy(school.orgId, school.leader.id)).toBe(0);
  });
});

/** Resolves for each of `count` requests once all of them have read their files: none stores before. */
function allRead(count: number) {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    arrived += 1;
    if (arrived === count) open();
    return opened;
  };
}

describe("a day's attachments sent at the same moment", () => {
  it("store exactly the uploads that fit the school's room; the others are refused and store nothing", async () => {
    const school = await createSchool(ctx.database.db);
    const people = [school.parent.id, school.teacher.id, school.leader.id];
    const beforeStoring = allRead(people.length);
    const responses = await Promise.all(
      people.map((userId) =>
        uploadApp({ userId, orgId: school.orgId }, { gate: false, beforeStoring }).request("/upload", {
          method: "POST",
          body: pdfOf(900 * KB),
        }),
      ),
    );
    const texts = await Promise.all(responses.map((response) => response.text()));
    expect(texts.filter((text) => text === "saved")).toHaveLength(2);
    const refused = texts.filter((text) => text !== "saved");
    expect(refused).toEqual([expect.stringContaining("Uw school heeft vandaag al zoveel bestanden toegevoegd")]);
    const stored = await Promise.all(people.map((userId) => storedBy(school.orgId, userId)));
    expect(stored.reduce((sum, n) => sum + n, 0)).toBe(2);
  });

  it("store only what fits a person's room when one person sends from two server processes", async () => {
    const school = await createSchool(ctx.database.db);
    const beforeStoring = allRead(2);
    const send = () =>
      uploadApp(
        { userId: school.parent.id, orgId: school.orgId },
        { gate: false, beforeStoring, locale: "en" },
      ).request("/upload", { method: "POST", body: pdfOf(600 * KB) });
    const responses = await Promise.all([send(), send()]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 422]);
    const texts = await Promise.all(responses.map((response) => response.text()));
    expect(texts).toContain(
      "You have added so many files today that these no longer fit (at most 1 MB a day). Nothing was saved. " +
        "From midnight you can add files again.",
    );
    expect(await storedBy(school.orgId, school.parent.id)).toBe(1);
  });
});
