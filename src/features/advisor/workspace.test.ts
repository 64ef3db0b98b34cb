import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, signIn, type TestContext } from "../../../tests/helpers/app.js";
import { createUser, unique } from "../../../tests/helpers/factories.js";
import { eq } from "drizzle-orm";
import { withOrg } from "../../db/client.js";
import { acrossAdvisedOrgs } from "../../db/org-scope.js";
import { planActions, trajectories, trajectorySessions } from "../../db/schema/index.js";
import { schoolToday } from "../../lib/time/school-date.js";
import { respond } from "../measurements/domain/fixtures.js";
import type { RespondentGroup } from "../measurements/index.js";
import { currentInstrument } from "../measurements/instrument/index.js";
import { closedMeasurement } from "../measurements/testing-results.js";
import { plansOf } from "../plan/index.js";
import { progressOf } from "../plan/domain/progress.js";
import { tallySessions } from "../trajectory/domain/phase.js";
import { activeTrajectoriesOf } from "../trajectory/index.js";
import { schoolWith } from "./testing/fixtures.js";
import { expectPage } from "../../../tests/helpers/page.js";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const inDays = (days: number) => schoolToday(new Date(Date.now() + days * 86_400_000));

/** The organisation names in the order the workspace lists them. */
function listed(html: string, names: string[]): string[] {
  return names.filter((n) => html.includes(n)).sort((a, b) => html.indexOf(a) - html.indexOf(b));
}

describe("the advisor's workspace", () => {
  it("lists only the organisations that invited the advisor, and drops one when its invitation ends", async () => {
    const advisor = await createUser(ctx.database.db, { name: "Petra Adviseur" });
    const tag = unique();
    const a = await schoolWith(ctx, { name: `Alfa ${tag}`, advisorIds: [advisor.id], trajectory: {} });
    const b = await schoolWith(ctx, { name: `Beta ${tag}`, advisorIds: [advisor.id], trajectory: {} });
    const other = await schoolWith(ctx, { name: `Gamma ${tag}`, advisorIds: [], trajectory: {} });
    const client = await signIn(ctx, advisor.email);

    const page = await client.get("/advisor");
    const html = await expectPage(page, [`Alfa ${tag}`, `Beta ${tag}`]);
    expect(html).not.toContain(`Gamma ${tag}`);
    // Also the database: a query that names no organisation still sees only the two.
    const seen = await acrossAdvisedOrgs(ctx.database.db, advisor.id, (tx) =>
      tx.select({ orgId: trajectories.orgId }).from(trajectories),
    );
    expect(seen.map((r) => r.orgId).sort()).toEqual([a.orgId, b.orgId].sort());

    const leader = await signIn(ctx, b.leader.email);
    expect((await leader.post(`/organisation/advisors/${advisor.id}/remove`)).status).toBe(303);
    const after = await (await client.get("/advisor")).text();
    expect(after).toContain(`Alfa ${tag}`);
    expect(after).not.toContain(`Beta ${tag}`);
    const still = await acrossAdvisedOrgs(ctx.database.db, advisor.id, (tx) =>
      tx.select({ orgId: trajectories.orgId }).from(trajectories),
    );
    expect(still.map((r) => r.orgId)).toEqual([a.orgId]);
    expect(other.orgId).not.toBe(a.orgId);
  });

  it("is read-only in the database: the advisor's role cannot change an organisation's rows", async () => {
    const advisor = await createUser(ctx.database.db, { name: "Advisor" });
    const school = await schoolWith(ctx, { name: `Delta ${unique()}`, advisorIds: [advisor.id], trajectory: {} });
    await expect(
      acrossAdvisedOrgs(ctx.database.db, advisor.id, (tx) => tx.update(trajectories).set({ endedAt: new Date() })),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/permission denied/) } });
    const rows = await acrossAdvisedOrgs(ctx.database.db, advisor.id, (tx) => tx.select().from(trajectories));
    expect(rows.map((r) => [r.orgId, r.endedAt])).toEqual([[school.orgId, null]]);
  });

  it("puts what needs attention first: overdue, then the eindmeting's deadline, then a session soon, then the rest", async () => {
    const advisor = await createUser(ctx.database.db, { name: "Advisor" });
    const tag = unique();
    const names = {
      quiet: `Rustig ${tag}`,
      none: `Zonder traject ${tag}`,
      soon: `Binnenkort ${tag}`,
      deadline: `Deadline ${tag}`,
      overdue: `Te laat ${tag}`,
    };
    const ids = [advisor.id];
    await schoolWith(ctx, { name: names.quiet, advisorIds: ids, trajectory: {} });
    await schoolWith(ctx, { name: names.none, advisorIds: ids });
    await schoolWith(ctx, {
      name: names.soon,
      advisorIds: ids,
      trajectory: { sessions: [{ status: "planned", heldOn: inDays(5), topic: "Wie willen we zijn?" }] },
    });
    // Started 22 months ago without a nulmeting: the eindmeting is due in two months.
    await schoolWith(ctx, {
      name: names.deadline,
      advisorIds: ids,
      trajectory: { startedAt: new Date(Date.now() - 22 * 30.5 * 86_400_000) },
    });
    await schoolWith(ctx, {
      name: names.overdue,
      advisorIds: ids,
      trajectory: { sessions: [{ status: "planned", heldOn: inDays(-3) }] },
    });
    const html = await (await (await signIn(ctx, advisor.email)).get("/advisor")).text();
    expect(listed(html, Object.values(names))).toEqual([
      names.overdue,
      names.deadline,
      names.soon,
      names.quiet,
      names.none,
    ]);
    expect(html).toContain("1 bijeenkomst niet bijgewerkt");
    expect(html).toContain("Wie willen we zijn?");
    expect(html).toContain("Eindmeting uiterlijk");
  });

  it("counts the sessions in SQL as the phase counts them from the list, and shows the two soonest to come", async () => {
    const advisor = await createUser(ctx.database.db, { name: "Advisor" });
    const today = schoolToday();
    const school = await schoolWith(ctx, {
      name: `Tellen ${unique()}`,
      advisorIds: [advisor.id],
      trajectory: {
        sessions: [
          { status: "held", heldOn: inDays(-40) },
          { status: "held", heldOn: inDays(-20) },
          { status: "held", heldOn: null },
          { status: "skipped", heldOn: inDays(-10) },
          { status: "held", heldOn: inDays(-30), line: "parents" },
          { status: "planned", heldOn: inDays(-2), line: "parents" },
          { status: "planned", heldOn: null, line: "parents" },
          { status: "planned", heldOn: inDays(30), line: "joint", topic: "Later" },
          { status: "planned", heldOn: inDays(9), line: "parents", topic: "Tweede" },
          { status: "planned", heldOn: today, line: "joint", topic: "Eerste" },
          { status: "planned", heldOn: inDays(-5), line: "joint" },
        ],
      },
    });
    await ctx.database.ownerSql(
      `insert into trajectory_skips (org_id, trajectory_id, step, reason) values ($1, $2, 'plan', 'Later')`,
      [school.orgId, school.trajectoryId],
    );
    const listedSessions = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .select({ line: trajectorySessions.line, status: trajectorySessions.status, heldOn: trajectorySessions.heldOn })
        .from(trajectorySessions)
        .where(eq(trajectorySessions.trajectoryId, school.trajectoryId!)),
    );
    const across = await acrossAdvisedOrgs(ctx.database.db, advisor.id, (tx) =>
      activeTrajectoriesOf(tx, [school.orgId], today, 2),
    );
    const found = across.get(school.orgId)!;
    expect(found.facts.sessions).toEqual(tallySessions(listedSessions, today));
    expect(found.facts.sessions).toEqual({
      school: { held: 3, planned: 0, lastHeldOn: inDays(-20) },
      parents: { held: 1, planned: 3, lastHeldOn: inDays(-30) },
      overdue: 2,
    });
    expect(found.upcoming.map((s) => [s.topic, s.heldOn, s.line])).toEqual([
      ["Eerste", today, "joint"],
      ["Tweede", inDays(9), "parents"],
    ]);
    expect([...found.facts.skipped]).toEqual(["plan"]);
    expect(found.facts.certifiedOn).toBeNull();
    expect(found.facts.startedOn).toBe(today);
  });

  it("counts the plan's actions in SQL as progressOf counts them", async () => {
    const advisor = await createUser(ctx.database.db, { name: "Advisor" });
    const today = schoolToday();
    const school = await schoolWith(ctx, { name: `Plan ${unique()}`, advisorIds: [advisor.id], trajectory: {} });
    await ctx.database.ownerSql(
      `with p as (
         insert into plans (org_id, trajectory_id, version, first_published_at, published_at, published_version)
         values ($1, $2, 1, now() - interval '3 days', now() - interval '3 days', 1) returning org_id, id)
       insert into plan_actions (org_id, plan_id, domain, title, owner, due_on, status)
       select p.org_id, p.id, 'vision', 'Actie ' || a.n, 'together', a.due::date, a.status::plan_action_status
       from p cross join (values (1, $3, 'planned'), (2, $3, 'underway'), (3, $3, 'done'), (4, $3, 'dropped'),
         (5, null, 'planned'), (6, $4, 'planned'), (7, $5, 'underway'), (8, $4, 'done')) a(n, due, status)`,
      [school.orgId, school.trajectoryId, inDays(-1), today, inDays(20)],
    );
    const listedActions = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select({ status: planActions.status, dueOn: planActions.dueOn }).from(planActions),
    );
    const plans = await acrossAdvisedOrgs(ctx.database.db, advisor.id, (tx) =>
      plansOf(tx, [school.orgId], [school.trajectoryId!], today),
    );
    const plan = plans.get(school.trajectoryId!)!;
    expect(plan.progress).toEqual(progressOf(listedActions, today));
    expect(plan.progress).toEqual({ total: 7, done: 2, underway: 2, overdue: 2 });
    expect(plan.firstPublishedOn).toBe(inDays(-3));
  });

  it("shows the latest thermometer and its change since the measurement before", async () => {
    const advisor = await createUser(ctx.database.db, { name: "Advisor" });
    const school = await schoolWith(ctx, { name: `Thermo ${unique()}`, advisorIds: [advisor.id], trajectory: {} });
    const answers = (group: RespondentGroup, value: number, count: number) =>
      Array.from({ length: count }, () =>
        respond(
          group,
          Object.fromEntries(
            currentInstrument.questionnaires[group].domains.flatMap((d) => d.items.map((i) => [i.id, [value, 5]])),
          ),
        ),
      );
    await closedMeasurement(ctx.database.db, school.orgId, {
      title: "Nulmeting",
      closesAt: new Date("2025-03-15"),
      responses: [...answers("team", 3, 6), ...answers("parents", 2, 6)],
    });
    await closedMeasurement(ctx.database.db, school.orgId, {
      kind: "interim",
      title: "Tussenmeting",
      closesAt: new Date("2026-03-15"),
      // Four parents: below the threshold of five, so no parents' figure.
      responses: [...answers("team", 4, 6), ...answers("parents", 4, 4)],
    });
    const client = await signIn(ctx, advisor.email);
    const html = await (await client.get("/advisor")).text();
    expect(html).toContain("Team: 4,0 (+1,0 sinds vorige meting)");
    expect(html).toContain("Ouders: te weinig reacties");
    expect(html).toContain("Tussenmeting, gesloten");

    // A measurement counted before the 'overall' tallies existed shows the same figures.
    await ctx.database.ownerSql(`delete from measurement_tallies where org_id = $1 and count_of = 'overall'`, [
      school.orgId,
    ]);
    const older = await (await client.get("/advisor")).text();
    expect(older).toContain("Team: 4,0 (+1,0 sinds vorige meting)");
    expect(older).toContain("Ouders: te weinig reacties");
  });

  it("shows the parents' figure when they answered per class: the whole group counts, a small class alone never does", async () => {
    const advisor = await createUser(ctx.database.db, { name: "Advisor" });
    const client = await signIn(ctx, advisor.email);
    const inClass = (subgroup: string, value: number, count: number) =>
      Array.from({ length: count }, () =>
        respond(
          "parents",
          Object.fromEntries(
            currentInstrument.questionnaires.parents.domains.flatMap((d) => d.items.map((i) => [i.id, [value, 5]])),
          ),
          { subgroup },
        ),
      );
    const measured = async (classes: [number, number][]) => {
      const school = await schoolWith(ctx, { name: `Klas ${unique()}`, advisorIds: [advisor.id], trajectory: {} });
      const ids = classes.map(() => crypto.randomUUID());
      await closedMeasurement(ctx.database.db, school.orgId, {
        title: "Eindmeting",
        responses: classes.flatMap(([value, count], i) => inClass(ids[i]!, value, count)),
        subgroupTree: { parents: ids.map((id) => ({ id })) },
      });
      return school.org.name;
    };
    // Three parents in one class and two in another: neither class has a figure, all five together do.
    const five = await measured([
      [3, 3],
      [5, 2],
    ]);
    const four = await measured([
      [3, 2],
      [5, 2],
    ]);
    const row = (html: string, name: string) =>
      html.slice(html.indexOf(name), html.indexOf("</tr>", html.indexOf(name)));
    const html = await (await client.get("/advisor")).text();
    expect(row(html, five)).toContain("Ouders: 3,8");
    expect(row(html, four)).toContain("Ouders: te weinig reacties");

    // A measurement counted before the 'overall' tallies existed gives the same figure.
    await ctx.database.ownerSql(
      `delete from measurement_tallies where org_id in (select id from organisations where name = $1) and count_of = 'overall'`,
      [five],
    );
    expect(row(await (await client.get("/advisor")).text(), five)).toContain("Ouders: 3,8");
  });

  it("opens an organisation's pages by a post: each row's button sends its organisation to the page's form", async () => {
    const advisor = await createUser(ctx.database.db, { name: "Advisor" });
    const tag = unique();
    const a = await schoolWith(ctx, { name: `Eta ${tag}`, advisorIds: [advisor.id], trajectory: {} });
    const b = await schoolWith(ctx, { name: `Theta ${tag}`, advisorIds: [advisor.id] });
    const client = await signIn(ctx, advisor.email);
    const html = await (await client.get("/advisor")).text();

    // One form per page to open, with the CSRF token and where to go: not one per row.
    const forms = [...html.matchAll(/<form method="post" action="\/home\/organisation" id="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(forms).toEqual(["open-trajectory", "open-plan", "open-measurements", "open-notes"]);
    expect(html).not.toContain('<input type="hidden" name="orgId"');
    expect(html).toMatch(
      /id="open-plan" hidden=""><input type="hidden" name="_csrf" value="[^"]+"\/><input type="hidden" name="next" value="\/plan"\/><\/form>/,
    );
    // Each button names its form and its organisation, also in its accessible name.
    for (const school of [a, b]) {
      const buttons = [...html.matchAll(new RegExp(`<button[^>]*value="${school.orgId}"[^>]*>`, "g"))].map((m) => m[0]);
      expect(buttons).toHaveLength(4);
      expect(buttons[1]).toContain('form="open-plan"');
      expect(buttons[1]).toContain('name="orgId"');
      expect(buttons[1]).toContain(`aria-label="Plan van ${school === a ? "Eta" : "Theta"} ${tag}"`);
    }

    // What that button posts switches to the organisation and opens its plan.
    const opened = await client.post("/home/organisation", { next: "/plan", orgId: b.orgId });
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toBe("/plan");
  });

  it("is not there for staff who advise no organisation", async () => {
    const school = await schoolWith(ctx, { name: `Epsilon ${unique()}`, advisorIds: [] });
    const teacher = await signIn(ctx, school.teacher.email);
    expect((await teacher.get("/advisor")).status).toBe(403);
    expect(await (await teacher.get("/home")).text()).not.toContain('href="/advisor"');
  });

  it("is reached from the advisor's menu and home page, in English too", async () => {
    const advisor = await createUser(ctx.database.db, { name: "Advisor" });
    await schoolWith(ctx, { name: `Zeta ${unique()}`, advisorIds: [advisor.id] });
    const client = await signIn(ctx, advisor.email);
    const home = await (await client.get("/home")).text();
    expect(home).toContain('href="/advisor"');
    expect(home).toContain("Naar mijn werkplek");
    const english = await (await client.get("/advisor", { "accept-language": "en" })).text();
    expect(english).toContain("My workspace");
  });
});
