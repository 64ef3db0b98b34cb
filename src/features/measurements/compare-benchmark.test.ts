import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { signIn, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { measurementBenchmarkContributions, measurementBenchmarks, organisations } from "../../db/schema/index.js";
import { benchmark } from "./domain/comparison.js";
import { many } from "./domain/fixtures.js";
import { measurementResults } from "./domain/results.js";
import { currentInstrument as instrument } from "./instrument/index.js";
import { closedMeasurement } from "./testing-results.js";
import { expectPage, tableOf } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

describe("comparison over time", () => {
  it("shows the change per domain, and nothing for a side with too few responses", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const db = ctx.database.db;
    await closedMeasurement(db, school.org.id, {
      title: "Nulmeting 2024",
      closesAt: new Date("2024-03-15"),
      responses: [
        ...many(6, "parents", { "parents.vision.1": [2, 4] }),
        ...many(5, "team", { "team.vision.1": [3, 5] }),
      ],
    });
    await closedMeasurement(db, school.org.id, {
      kind: "interim",
      title: "Tussenmeting 2025",
      closesAt: new Date("2025-03-15"),
      responses: many(5, "parents", { "parents.vision.1": [3, 4] }),
    });
    const final = await closedMeasurement(db, school.org.id, {
      kind: "final",
      title: "Eindmeting 2026",
      closesAt: new Date("2026-03-15"),
      responses: [
        ...many(6, "parents", { "parents.vision.1": [4, 4] }),
        ...many(3, "team", { "team.vision.1": [1, 1] }),
      ],
    });

    const list = await (await leader.get("/organisation/measurements")).text();
    expect(list).toContain('href="/organisation/measurements/compare"');
    const results = await (await leader.get(`/organisation/measurements/${final}/results`)).text();
    expect(results).toContain(`href="/organisation/measurements/compare?to=${final}"`);

    const response = await leader.get(`/organisation/measurements/compare?to=${final}`);
    const html = await expectPage(response, [
      "<h1>Verandering in de tijd</h1>",
      '<p class="scroll-hint">Veeg de tabel opzij voor de verandering.</p>',
    ]);
    const parents = tableOf(html, "<caption>Ouders: gemiddelde nu per onderwerp, en de verandering</caption>");
    expect(parents).toContain('<th scope="col">Tussenmeting 2025 (Tussenmeting)</th>');
    expect(parents).toMatch(
      /<th scope="row">Visie<\/th><td>2,0<\/td><td>3,0<\/td><td>4,0<\/td><td>\+2,0<\/td><td>-2,0<\/td>/,
    );
    const team = tableOf(html, "<caption>Team: gemiddelde nu per onderwerp, en de verandering</caption>");
    expect(team).toContain(
      '<td>3,0</td><td class="hidden-cell">te weinig reacties</td><td class="hidden-cell">te weinig reacties</td>' +
        '<td colspan="2" class="hidden-cell">niet te vergelijken: te weinig reacties bij de latere meting</td>',
    );
    // The three team members' answers (1) appear nowhere, not in the chart nor in a table.
    expect(html).not.toContain("<td>1,0</td>");
    expect(html.match(/class="trend-bar trend-/g)).not.toBeNull();
    expect(html).toMatch(/<svg class="trend"[^>]*role="img"/);
  });

  it("compares a nulmeting and an eindmeting planned to close on the same day, in the order they were made", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const closesAt = new Date("2026-12-01");
    const answers = (current: number) => many(5, "parents", { "parents.vision.1": [current, 5] });
    await closedMeasurement(ctx.database.db, school.org.id, { title: "Nulmeting", closesAt, responses: answers(2) });
    const final = await closedMeasurement(ctx.database.db, school.org.id, {
      kind: "final",
      title: "Eindmeting",
      closesAt,
      responses: answers(4),
    });
    for (const path of ["/organisation/measurements/compare", `/organisation/measurements/compare?to=${final}`]) {
      const html = await (await leader.get(path)).text();
      expect(html, path).not.toContain("Er zijn nog geen twee gesloten metingen");
      const parents = tableOf(html, "<caption>Ouders: gemiddelde nu per onderwerp, en de verandering</caption>");
      expect(parents, path).toMatch(/<th scope="row">Visie<\/th><td>2,0<\/td><td>4,0<\/td><td>\+2,0<\/td>/);
    }
  });

  it("says so when there is nothing to compare yet, and ignores a foreign choice", async () => {
    const { leader } = await leaderSignedIn(ctx);
    const html = await (await leader.get("/organisation/measurements/compare?from=nonsense")).text();
    expect(html).toContain("Er zijn nog geen twee gesloten metingen om te vergelijken.");
  });
});

describe("benchmark", () => {
  const parents = (current: number) => many(5, "parents", { "parents.vision.1": [current, 5] });

  it("is hidden below five schools, shown from five, and names none of them", async () => {
    const db = ctx.database.db;
    const school = await createSchool(db);
    // Secondary schools: the primary schools of the other tests in this file stay out of it.
    await db.update(organisations).set({ type: "secondary" }).where(eq(organisations.id, school.org.id));
    const leader = await signIn(ctx, school.leader.email);
    const own = await closedMeasurement(db, school.org.id, { responses: parents(1) });
    const others = [];
    for (const current of [2, 3, 4]) {
      const [org] = await db
        .insert(organisations)
        .values({ type: "secondary", name: `Buurschool ${current}` })
        .returning();
      others.push(org!);
      await closedMeasurement(db, org!.id, { responses: parents(current) });
    }
    // Another kind of school never counts.
    const [daycare] = await db.insert(organisations).values({ type: "daycare", name: "Kinderopvang" }).returning();
    await closedMeasurement(db, daycare!.id, { responses: parents(5) });
    const page = () => leader.get(`/organisation/measurements/${own}/results`).then((r) => r.text());

    const four = await page();
    expect(four).toContain("Nog niet genoeg scholen (minder dan vijf) voor een vergelijking.");

    const [fifth] = await db.insert(organisations).values({ type: "secondary", name: "Buurschool 5" }).returning();
    await closedMeasurement(db, fifth!.id, { responses: parents(5) });
    const five = await page();
    const table = tableOf(five, "<caption>Gemiddelde nu: deze school en scholen van hetzelfde soort</caption>");
    expect(table).toContain('<th scope="row">Visie</th><td>Ouders</td><td>1,0</td><td>3,0</td><td>5</td>');
    for (const org of [...others, fifth!, daycare!]) {
      expect(five).not.toContain(org.name);
      expect(five).not.toContain(org.id);
    }

    // The same figures as the domain's rule, from rows that carry no organisation.
    const rows = await db
      .select()
      .from(measurementBenchmarks)
      .where(eq(measurementBenchmarks.organisationType, "secondary"));
    const expected = benchmark({
      organisationType: "secondary",
      contributions: [1, 2, 3, 4, 5].map((current, i) => ({
        organisationId: String(i),
        organisationType: "secondary",
        results: measurementResults({ instrument, responses: parents(current) }),
      })),
    }).filter((entry) => entry.shown);
    expect(rows.map((r) => ({ group: r.respondentGroup, domain: r.domain, organisations: r.organisations }))).toEqual(
      expected.map((e) => ({ group: e.group, domain: e.domain, organisations: e.organisations })),
    );
    expect(rows[0]).toMatchObject({ current: 3, desired: 5, gap: 2, positiveShare: 0.4 });
    expect(Object.keys(rows[0]!)).not.toContain("orgId");
  });

  it("lets a school see only its own contribution, and write no benchmark itself", async () => {
    const db = ctx.database.db;
    const school = await createSchool(db);
    const other = await createSchool(db);
    await closedMeasurement(db, other.org.id, { responses: parents(2) });
    const scope = { orgId: school.org.id, userId: null };
    const seen = await withOrg(db, scope, (tx) => tx.select().from(measurementBenchmarkContributions));
    expect(seen).toEqual([]);
    const refused = await withOrg(db, scope, (tx) => tx.execute(sql`delete from measurement_benchmarks`)).catch(
      (error: Error) => error,
    );
    expect(String((refused as Error).cause)).toMatch(/permission denied/);
  });
});
