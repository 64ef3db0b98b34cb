/**
 * The class link (docs/measurement-anonymity.md, section 5), played with a
 * copy of the database after closing: the invitations say who of each class
 * responded, a response says its group and class, so the one parent of a
 * class who responded wrote that class's one response. The attacker counts,
 * for every response that holds answers, the invitees who can have written it;
 * fewer than the threshold is a link.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestContext, signIn, TestClient, type TestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { rowsOf, withOrg } from "../../db/client.js";
import { loadResults } from "./service/results.js";
import {
  answerThroughOpenLink,
  createMeasurementAs,
  openLinkOf,
  questionnaireLink,
  runQueuedInvitations,
} from "./testing.js";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ SECRET_KEY: "a-secret-key-of-at-least-32-characters" });
});
afterAll(() => ctx.close());

type Row = Record<string, unknown>;

async function sendMailed(link: string, page1: Record<string, string>) {
  const client = new TestClient(ctx.app);
  expect((await client.post(`${link}/1`, { ...page1, go: "next" })).status).toBe(303);
  expect((await client.post(`${link}/send`)).status).toBe(303);
}

describe("linking a response to the few invitees of its class who responded", () => {
  it("leaves no response with answers that fewer than the threshold can have written", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
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
    const saysSomething = (response: Row) =>
      Object.keys(response.answers as object).length + Object.keys(response.open_answers as object).length > 0;
    const linked = responses.filter((response) => saysSomething(response) && writers(response) < 5);
    expect(linked).toEqual([]);
    // What can be shown still is: the parents' answers and group A's class.
    expect(responses.filter((r) => r.respondent_group === "parents" && saysSomething(r))).toHaveLength(6);
    expect(responses.filter((r) => r.subgroup_id === school.groupA.id)).toHaveLength(5);

    // The results say the same as before: every count, and figures only for the parents as a whole.
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
  });
});
