/**
 * The school's audit log as a leader searches it: every entry, newest first, page by page with
 * "Oudere" and "Nieuwere" links that keep their place when new entries arrive, filtered by kind,
 * action, person and dates (kept while paging), and a clear message for a bad address.
 */
import { describe, expect, it } from "vitest";
import { leaderSignedIn, signIn, useTestContext, type TestClient } from "../../../tests/helpers/app.js";
import { expectFormsLabelled, expectPage } from "../../../tests/helpers/page.js";
import { withOrg, type Db } from "../../db/client.js";
import { auditLog } from "../../db/schema/index.js";
import type { AuditAction, AuditEntity } from "../../audit/record.js";

const ctx = useTestContext();
const db = () => ctx.database.db;
const MINUTE = 60_000;

interface Written {
  at?: Date;
  userId?: string | null;
  action?: AuditAction;
  entity?: AuditEntity;
  detail: string;
}

/** Writes entries as the features would, at the times given (all at once: one transaction, one `now()`). */
async function write(database: Db, orgId: string, entries: Written[]): Promise<void> {
  await withOrg(database, { orgId, userId: null }, (tx) =>
    tx.insert(auditLog).values(
      entries.map((e) => ({
        orgId,
        userId: e.userId ?? null,
        action: e.action ?? "update",
        entity: e.entity ?? "event",
        detail: e.detail,
        ...(e.at ? { at: e.at } : {}),
      })),
    ),
  );
}

/** `count` entries "nr 0" … "nr <count-1>", a minute apart, the last an hour ago. */
function numbered(count: number, extra: Partial<Written> = {}): Written[] {
  const last = Date.now() - 60 * MINUTE;
  return Array.from({ length: count }, (_, i) => ({
    ...extra,
    at: new Date(last - (count - i) * MINUTE),
    detail: `nr ${i}`,
  }));
}

/** The numbers of the entries a page shows, in its order. */
const numbersOn = (html: string) => [...html.matchAll(/>nr (\d+)</g)].map((m) => Number(m[1]));

/** The address a link with these words leads to, or null when the page has none. */
function linkTo(html: string, words: string): string | null {
  const found = new RegExp(`<a href="([^"]+)"[^>]*>${words}`).exec(html);
  return found ? found[1]!.replaceAll("&amp;", "&") : null;
}

async function allPages(client: TestClient, first: string): Promise<{ pages: string[]; numbers: number[] }> {
  const pages: string[] = [];
  for (let next: string | null = first; next; next = linkTo(pages.at(-1)!, "Oudere")) {
    expect(pages.length).toBeLessThan(10);
    pages.push(await expectPage(await client.get(next)));
  }
  return { pages, numbers: pages.flatMap(numbersOn) };
}

const countdown = (from: number) => Array.from({ length: from + 1 }, (_, i) => from - i);

describe("paging through the audit log", () => {
  it("shows every entry newest first, fifty at a time, with links to older and newer ones", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await write(db(), school.orgId, numbered(120));

    const { pages, numbers } = await allPages(leader, "/organisation/audit");
    expect(numbers).toEqual(countdown(119));
    expect(pages).toHaveLength(3);
    expect(linkTo(pages[0]!, "Nieuwere")).toBeNull();
    expect(linkTo(pages[2]!, "Oudere")).toBeNull();

    const back = await expectPage(await leader.get(linkTo(pages[2]!, "Nieuwere")!));
    expect(numbersOn(back)).toEqual(numbersOn(pages[1]!));
  });

  it("keeps its place when new entries arrive, and never skips or repeats entries written at the same moment", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await write(
      db(),
      school.orgId,
      Array.from({ length: 70 }, (_, i) => ({ detail: `nr ${i}`, at: new Date(Date.now() - 60 * MINUTE) })),
    );
    const first = await expectPage(await leader.get("/organisation/audit"));
    await write(db(), school.orgId, [{ detail: "nr 999" }]);
    const second = await expectPage(await leader.get(linkTo(first, "Oudere")!));

    const seen = [...numbersOn(first), ...numbersOn(second)];
    expect(seen).not.toContain(999);
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 70 }, (_, i) => i));
  });
});

describe("searching the audit log", () => {
  it("filters by kind, action, person and dates, and keeps the filters while paging", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const day = (date: string) => new Date(`${date}T10:00:00Z`);
    await write(db(), school.orgId, [
      ...numbered(60, { userId: school.teacher.id, entity: "pupil", action: "view" }),
      { at: day("2026-03-02"), userId: school.leader.id, entity: "pupil", action: "view", detail: "ev-leider" },
      { at: day("2026-03-03"), userId: school.teacher.id, entity: "group", action: "view", detail: "ev-groep" },
      { at: day("2026-03-04"), userId: school.teacher.id, entity: "pupil", action: "move", detail: "ev-verplaatst" },
      { at: day("2026-03-09"), userId: school.leader.id, entity: "pupil", action: "view", detail: "ev-later" },
    ]);

    const query = `entity=pupil&action=view&person=${school.teacher.id}`;
    const { pages, numbers } = await allPages(leader, `/organisation/audit?${query}`);
    expect(numbers).toEqual(countdown(59));
    expect(pages).toHaveLength(2);
    expect(linkTo(pages[0]!, "Oudere")).toContain(query);
    const form = pages[0]!.slice(pages[0]!.indexOf('role="search"'));
    expect(form).toMatch(new RegExp(`<option value="${school.teacher.id}" selected="">Leraar</option>`));
    expectFormsLabelled(pages[0]!);
    for (const other of ["ev-leider", "ev-groep", "ev-verplaatst", "ev-later"])
      expect(pages.join()).not.toContain(other);

    const march = await expectPage(await leader.get("/organisation/audit?from=2026-03-01&to=2026-03-08"), [
      "ev-leider",
      "ev-groep",
      "ev-verplaatst",
    ]);
    expect(march).not.toContain("ev-later");
    expect(numbersOn(march)).toEqual([]);
    expect(march).toContain('value="2026-03-01"');
  });

  it("says what is wrong with a bad address in the reader's language, and shows no entries", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await write(db(), school.orgId, numbered(3));
    const bad = [
      ["from=2026-02-30", "Vul een geldige datum in."],
      ["from=2026-03-09&to=2026-03-01", "De einddatum ligt voor de begindatum."],
      ["entity=bogus", "Kies een soort uit de lijst."],
      ["action=%3Cscript%3E", "Kies een handeling uit de lijst."],
      ["person=iemand", "Kies een persoon uit de lijst."],
      ["before=123", "Deze pagina van het logboek bestaat niet."],
      [`before=${school.leader.id}&after=${school.leader.id}`, "Deze pagina van het logboek bestaat niet."],
    ] as const;
    for (const [query, message] of bad) {
      const page = await leader.get(`/organisation/audit?${query}`);
      expect(page.status, query).toBe(422);
      const html = await page.text();
      expect(html, query).toContain(message);
      expect(numbersOn(html), query).toEqual([]);
    }

    await leader.post("/language", { locale: "en", back: "/organisation/audit" });
    const english = await leader.get("/organisation/audit?from=2026-02-30&entity=bogus");
    expect(english.status).toBe(422);
    const html = await english.text();
    expect(html).toContain("Enter a valid date.");
    expect(html).toContain("Choose a kind from the list.");
  });
});

describe("the audit log of another school", () => {
  it("is never shown, not by its people, its entries as a place to page from, or its dates", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const { school: other } = await leaderSignedIn(ctx);
    await write(db(), school.orgId, numbered(2));
    await write(db(), other.orgId, [
      ...numbered(60, { userId: other.teacher.id }).map((e) => ({ ...e, detail: `ander ${e.detail}` })),
    ]);
    const theirs = await withOrg(db(), { orgId: other.orgId, userId: null }, (tx) =>
      tx.select({ id: auditLog.id }).from(auditLog).limit(1),
    );

    for (const query of [`person=${other.teacher.id}`, `before=${theirs[0]!.id}`, `after=${theirs[0]!.id}`, ""]) {
      const page = await leader.get(`/organisation/audit?${query}`);
      expect(page.status).toBeLessThan(500);
      expect(await page.text()).not.toContain("ander nr");
    }
    const teacher = await signIn(ctx, other.teacher.email);
    expect((await teacher.get("/organisation/audit")).status).toBe(403);
  });
});
