/**
 * The class link (docs/measurement-anonymity.md, section 5), played with a
 * copy of the database after closing: the invitations say who of each class
 * responded, a response says its group and class, so the one parent of a
 * class who responded wrote that class's one response. The attacker counts,
 * for every response that holds answers, the invitees who can have written it;
 * fewer than the threshold is a link.
 */
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { TestClient, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { addPupils } from "../../../tests/helpers/factories.js";
import { rowsOf, withOrg } from "../../db/client.js";
import { loadResults } from "./service/results.js";
import { VACUUM_JOB } from "./service/job-names.js";
import { applyLinkageRuleToOlderClosings } from "./service/older-closings.js";
import {
  answerThroughOpenLink,
  createMeasurementAs,
  depsOf,
  openLinkOf,
  questionnaireLink,
  runQueuedInvitations,
} from "./testing.js";

const ctx = useTestContext({ SECRET_KEY: "a-secret-key-of-at-least-32-characters" });

type Row = Record<string, unknown>;

async function sendMailed(link: string, page1: Record<string, string>) {
  const client = new TestClient(ctx.app);
  expect((await client.post(`${link}/1`, { ...page1, go: "next" })).status).toBe(303);
  expect((await client.post(`${link}/send`)).status).toBe(303);
}

/** Two team members and five parents of group A, one of group B, answered; then closed. */
async function closedMeasurement() {
  const { school, leader } = await leaderSignedIn(ctx);
  // Through an open link answer no more than the class has pupils, or parents without a mailed invitation.
  await addPupils(ctx.database.db, school.groupA, 4);
  const id = await createMeasurementAs(leader, { parents: [school.groupA.id, school.groupB.id] });
  await runQueuedInvitations(ctx, id);
  const parentsOfA = await openLinkOf(leader, id, `Ouders van ${school.groupA.name}`);

  // Team: two of them (below the threshold). Parents: five of group A, one of group B.
  await sendMailed(await questionnaireLink(ctx, school.teacher.email), { "current:team.vision.1": "1" });
  await sendMailed(await questionnaireLink(ctx, school.leader.email), { "current:team.vision.1": "2" });
  await sendMailed(await questionnaireLink(ctx, school.parent.email), { "current:parents.vision.1": "3" });
  await sendMailed(await questionnaireLink(ctx, school.otherGuardian.email!), {
    "current:parents.vision.1": "1",
    open: "Mijn dochter in groep B",
  });
  for (let i = 0; i < 4; i++) await answerThroughOpenLink(ctx, parentsOfA, { "current:parents.vision.1": "4" });
  expect((await leader.post(`/organisation/measurements/${id}/close`)).status).toBe(303);

  const copy = async (query: string) =>
    withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) =>
      rowsOf<Row>(await tx.execute(sql.raw(query.replaceAll("$measurement", `'${id}'`)))),
    );
  return { school, id, copy };
}

type Closed = Awaited<ReturnType<typeof closedMeasurement>>;

/** The attack on a copy: every response with answers that fewer than the threshold can have written. */
async function linkedResponses({ copy }: Closed) {
  const responses = await copy(
    "select respondent_group, subgroup_id, answers, open_answers from measurement_responses where measurement_id = $measurement",
  );
  const responded = await copy(
    `select a.respondent_group, a.group_id from measurement_invitations i
     join measurement_audiences a on a.org_id = i.org_id and a.id = i.audience_id
     where i.measurement_id = $measurement and i.responded`,
  );
  expect(responses).toHaveLength(8);
  expect(responded).toHaveLength(8);
  const writers = (response: Row) =>
    responded.filter(
      (invitee) =>
        invitee.respondent_group === response.respondent_group &&
        (response.subgroup_id === null || invitee.group_id === response.subgroup_id),
    ).length;
  return { responses, linked: responses.filter((response) => saysSomething(response) && writers(response) < 5) };
}

const saysSomething = (response: Row) =>
  Object.keys(response.answers as object).length + Object.keys(response.open_answers as object).length > 0;

/** The results say the same as before: every count, and figures only for the parents as a whole. */
async function expectSameResults({ school, id }: Closed) {
  const { results } = (await loadResults({ db: ctx.database.db, orgId: school.orgId, userId: null }, id))!;
  expect(results.groups.team).toMatchObject({ respondents: 2, visible: false, reason: "too-few" });
  const parents = results.groups.parents!;
  expect(parents).toMatchObject({ respondents: 6, visible: true });
  const vision = parents.visible ? parents.score.domains.find((d) => d.domain === "vision") : undefined;
  expect(vision?.current.mean).toBeCloseTo((3 + 1 + 4 * 4) / 6);
  expect(parents.children).toEqual([
    expect.objectContaining({ id: school.groupA.id, respondents: 5, visible: false, reason: "protects-others" }),
    expect.objectContaining({ id: school.groupB.id, respondents: 1, visible: false, reason: "too-few" }),
  ]);
}

describe("linking a response to the few invitees of its class who responded", () => {
  it("leaves no response with answers that fewer than the threshold can have written", async () => {
    const closed = await closedMeasurement();
    const { school } = closed;
    const { responses, linked } = await linkedResponses(closed);
    expect(linked).toEqual([]);
    // What can be shown still is: the parents' answers and group A's class.
    expect(responses.filter((r) => r.respondent_group === "parents" && saysSomething(r))).toHaveLength(6);
    expect(responses.filter((r) => r.subgroup_id === school.groupA.id)).toHaveLength(5);
    await expectSameResults(closed);
  });

  it("is applied afterwards to a measurement closed before the rule, once, with the same results", async () => {
    const closed = await closedMeasurement();
    const { school, id } = closed;
    // As closing stored them before the rule: group B's one response with its class, the team's answers.
    await ctx.database.ownerExec(`
      update measurement_responses set subgroup_id = '${school.groupB.id}'
        where measurement_id = '${id}' and respondent_group = 'parents' and subgroup_id is null;
      update measurement_responses set answers = '{"team.vision.1": {"current": 1}}'
        where measurement_id = '${id}' and respondent_group = 'team';
      update measurements set linkage_rule_applied = false,
        subgroup_tree = jsonb_set(subgroup_tree, '{parents}',
          (select jsonb_agg(cell - 'unlinked') from jsonb_array_elements(subgroup_tree -> 'parents') cell))
        where id = '${id}'`);
    expect((await linkedResponses(closed)).linked).toHaveLength(3);

    const vacuumed: unknown[] = [];
    const jobs = {
      send: async (_tx: unknown, job: { name: string }, data: object) => void vacuumed.push({ job: job.name, ...data }),
    };
    const deps = { ...depsOf(ctx), jobs };
    expect(await applyLinkageRuleToOlderClosings(deps)).toBeGreaterThanOrEqual(1);
    expect((await linkedResponses(closed)).linked).toEqual([]);
    await expectSameResults(closed);
    const [tree] = await closed.copy(
      "select subgroup_tree -> 'parents' as cells from measurements where id = $measurement",
    );
    expect(tree!.cells).toContainEqual({ id: school.groupB.id, unlinked: 1 });
    expect(vacuumed).toContainEqual({ job: VACUUM_JOB, orgId: school.orgId, measurementId: id });

    expect(await applyLinkageRuleToOlderClosings(deps)).toBe(0);
  });
});
