/**
 * The demo's measurements as a new user finds them: the page of each says how many responded per
 * group, and the results (and certification) count the same responses.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { signIn, useTestContext, type TestClient } from "../../../tests/helpers/app.js";
import { tableOf } from "../../../tests/helpers/page.js";
import { DEMO_ACCOUNTS, loadDemo } from "../../demo/load-demo.js";
import { withOrg } from "../../db/client.js";
import { groups, measurements, organisations } from "../../db/schema/index.js";
import { createMeasurementAs } from "./testing.js";

const ctx = useTestContext();

/** The rows of "Reacties per groep": label, invited, responded. */
async function ratesOf(leader: TestClient, id: string): Promise<string[][]> {
  const html = await (await leader.get(`/organisation/measurements/${id}`)).text();
  const table = tableOf(html, "<caption>Reacties per groep</caption>");
  return [...table.matchAll(/<th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><td>([^<]*)<\/td>/g)].map((m) =>
    m.slice(1, 4),
  );
}

/** Per respondent group on the results page: "Team: 12 reacties". */
async function resultCounts(leader: TestClient, id: string): Promise<Record<string, number>> {
  const html = await (await leader.get(`/organisation/measurements/${id}/results`)).text();
  return Object.fromEntries(
    [...html.matchAll(/(Team|Ouders|Leerlingen): (\d+) reacties/g)].map((m) => [m[1], Number(m[2])]),
  );
}

const responded = (rows: string[][], label: RegExp) =>
  rows.filter(([name]) => label.test(name!)).reduce((n, row) => n + Number(row[2]), 0);
const invitedIn = (rows: string[][], label: RegExp) =>
  rows.filter(([name]) => label.test(name!)).reduce((n, row) => n + Number(row[1]), 0);

describe("the demo's measurements", () => {
  it("show on their page the responses their results count, per class, none in a group called ?", async () => {
    await loadDemo(ctx.database.db, ctx.config);
    const [school] = await ctx.database.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.name, "Basisschool De Regenboog"));
    const idOf = async (title: string) => {
      const [row] = await withOrg(ctx.database.db, { orgId: school!.id, userId: null }, (tx) =>
        tx
          .select({ id: measurements.id })
          .from(measurements)
          .where(and(eq(measurements.orgId, school!.id), eq(measurements.title, title))),
      );
      return row!.id;
    };
    const leader = await signIn(ctx, DEMO_ACCOUNTS.leader);
    for (const title of ["Nulmeting Samen school", "Eindmeting Samen school"]) {
      const id = await idOf(title);
      // The eindmeting is open: its page counts the responses in so far, also those made up on it
      // (sealed as a real respondent's are), and closing keeps them all.
      let whileOpen = title.startsWith("Eind") ? await ratesOf(leader, id) : null;
      if (whileOpen) {
        // Who was mailed and has not answered can be reminded: as many as the rows say.
        const totals = /^(Het team|Ouders, alle groepen samen)$/;
        const waiting = invitedIn(whileOpen, totals) - responded(whileOpen, totals);
        expect(waiting).toBeGreaterThan(0);
        expect(await (await leader.get(`/organisation/measurements/${id}`)).text()).toContain(
          `Nog niet gereageerd: ${waiting}.`,
        );
        await leader.post(`/organisation/measurements/${id}/simulate`);
        const before = whileOpen;
        whileOpen = await ratesOf(leader, id);
        expect(responded(whileOpen, /^(Het team|Ouders van .*)$/)).toBe(
          responded(before, /^(Het team|Ouders van .*)$/) + 40,
        );
        await leader.post(`/organisation/measurements/${id}/close`);
      }
      const rows = await ratesOf(leader, id);
      if (whileOpen) expect(whileOpen).toEqual(rows);
      expect(rows.map(([label]) => label)).not.toContain("Ouders van ?");
      expect(rows.some(([, invited]) => invited!.includes("verstuurd"))).toBe(false);
      // Every class's parents are asked, as the form asks them; the rows add up to the total row.
      expect(rows.filter(([label]) => /^Ouders van /.test(label!)).length).toBeGreaterThan(1);
      const results = await resultCounts(leader, id);
      expect(results.Team).toBeGreaterThanOrEqual(5);
      expect(results.Ouders).toBeGreaterThanOrEqual(5);
      expect(responded(rows, /^Het team$/)).toBe(results.Team);
      expect(responded(rows, /^Ouders van /)).toBe(results.Ouders);
      expect(responded(rows, /^Ouders, alle groepen samen$/)).toBe(results.Ouders);
      for (const [, invited, answered] of rows) expect(Number(answered)).toBeLessThanOrEqual(Number(invited));
    }

    // The README's walk: a new measurement of the team and groups 7-8's parents and pupils, the
    // 40 made-up responses, closed: every group reaches the threshold, so its results show.
    const classes = await withOrg(ctx.database.db, { orgId: school!.id, userId: null }, (tx) =>
      tx.select({ id: groups.id, name: groups.name }).from(groups).where(eq(groups.orgId, school!.id)),
    );
    const sevenEight = classes.filter((g) => g.name === "7" || g.name === "8").map((g) => g.id);
    const id = await createMeasurementAs(leader, { parents: sevenEight, pupils: sevenEight });
    await leader.post(`/organisation/measurements/${id}/simulate`);
    await leader.post(`/organisation/measurements/${id}/close`);
    const results = await resultCounts(leader, id);
    for (const group of ["Team", "Ouders", "Leerlingen"]) expect(results[group], group).toBeGreaterThanOrEqual(5);
    expect(results.Team! + results.Ouders! + results.Leerlingen!).toBe(40);
  });
});
