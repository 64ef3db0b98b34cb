/**
 * Anonymous by construction: after sending and closing, nothing in the
 * database links an invitation (who responded) to a response (what was
 * answered) — no shared value, no timestamp, and not the transaction that
 * wrote the rows (xmin), which PostgreSQL shows to anyone who asks.
 */
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { TestClient, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { addPupils } from "../../../tests/helpers/factories.js";
import { rowsOf, withOrg } from "../../db/client.js";
import {
  answerThroughOpenLink,
  createMeasurementAs,
  openLinkOf,
  questionnaireLink,
  runQueuedInvitations,
} from "./testing.js";

const ctx = useTestContext();

const OPEN_ANSWER = "Graag vaker een gesprek over mijn zoon in groep 8.";

async function columnsOf(table: string) {
  const result = await ctx.database.db.execute(
    sql`select column_name as name, data_type as type from information_schema.columns where table_name = ${table} order by ordinal_position`,
  );
  return rowsOf<{ name: string; type: string }>(result);
}

describe("anonymous by construction", () => {
  it("stores who responded apart from what they answered, with nothing that joins them", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader, { parents: school.groupA.id, pupils: school.groupB.id });
    // Through an open link answer no more than the class has pupils, or parents without a mailed invitation.
    await addPupils(ctx.database.db, school.groupA, 4);
    await runQueuedInvitations(ctx, id);
    const scope = { orgId: school.orgId, userId: null };
    const read = (table: string) =>
      withOrg(ctx.database.db, scope, async (tx) =>
        rowsOf<Record<string, unknown>>(await tx.execute(sql.raw(`select xmin::text as xmin, * from ${table}`))),
      );

    const link = await questionnaireLink(ctx, school.parent.email);
    const parent = new TestClient(ctx.app);
    await parent.post(`${link}/1`, {
      "current:parents.vision.1": "2",
      "desired:parents.vision.1": "5",
      open: OPEN_ANSWER,
      go: "next",
    });
    await parent.post(`${link}/send`);
    const teacherLink = await questionnaireLink(ctx, school.teacher.email);
    const teacher = new TestClient(ctx.app);
    await teacher.post(`${teacherLink}/1`, { "current:team.vision.1": "4", go: "next" });
    await teacher.post(`${teacherLink}/send`);
    await answerThroughOpenLink(ctx, await openLinkOf(leader, id, `Leerlingen van ${school.groupB.name}`), {
      "current:pupils.vision.1": "3",
    });
    // Four more parents, so the parents' answers are kept (a group of fewer keeps none: class-linkage.test.ts).
    const parentsLink = await openLinkOf(leader, id, `Ouders van ${school.groupA.name}`);
    for (let i = 0; i < 4; i++) await answerThroughOpenLink(ctx, parentsLink, { "current:parents.vision.1": "3" });

    // While open, the answers wait in the sealed box: nothing readable in it.
    const ballots = await read("measurement_ballots");
    expect(ballots).toHaveLength(7);
    for (const ballot of ballots) {
      const text = JSON.stringify(ballot);
      // Each secret holds a character base64 never does ('.', ' ', '-'), so a random
      // ciphertext cannot contain one by chance (a bare "zoon" did, about once in 80 runs).
      for (const secret of [
        "parents.vision",
        "team.vision",
        "pupils.vision",
        "mijn zoon",
        school.groupA.id,
        school.groupB.id,
      ]) {
        expect(text).not.toContain(secret);
      }
    }

    expect((await leader.post(`/organisation/measurements/${id}/close`)).status).toBe(303);
    const invitations = await read("measurement_invitations");
    const responses = await read("measurement_responses");
    expect(await read("measurement_ballots")).toEqual([]);
    expect(await read("measurement_drafts")).toEqual([]);
    expect(invitations.filter((i) => i.responded)).toHaveLength(7);
    expect(responses).toHaveLength(7);
    expect(JSON.stringify(responses)).toContain(OPEN_ANSWER);

    // No value of an invitation appears in a response, except the organisation and the measurement.
    const invitationValues = new Set(
      invitations.flatMap((i) => [i.id, i.user_id, i.guardian_id, i.token_hash, i.audience_id]).filter(Boolean),
    );
    for (const response of responses) {
      for (const value of Object.values(response)) {
        expect(invitationValues.has(value as string)).toBe(false);
        for (const known of invitationValues) expect(JSON.stringify(value)).not.toContain(known as string);
      }
    }
    // All responses come from one transaction, which wrote no invitation.
    expect(new Set(responses.map((r) => r.xmin)).size).toBe(1);
    const invitationXmins = new Set(invitations.map((i) => i.xmin));
    expect(invitationXmins.has(responses[0]!.xmin)).toBe(false);
    // Stored in the order of their fresh random ids (the order the export reads them in), so their
    // place on disk (ctid) tells no more than the ids do.
    const stored = await withOrg(ctx.database.db, scope, async (tx) =>
      rowsOf<{ id: string }>(await tx.execute(sql`select id::text as id from measurement_responses order by ctid`)),
    );
    expect(stored.map((row) => row.id)).toEqual(stored.map((row) => row.id).sort());
    // The links sealed for reminders are gone with the ballot key.
    expect(invitations.map((i) => i.sealed_token)).toEqual(invitations.map(() => null));

    // By design: no column that could carry a time, an order or a link.
    expect((await columnsOf("measurement_invitations")).map((c) => c.name)).toEqual([
      "org_id",
      "measurement_id",
      "id",
      "audience_id",
      "kind",
      "user_id",
      "guardian_id",
      "token_hash",
      "mailed",
      "responded",
      // How many reminder rounds mailed it (a count, not a time), and its link sealed with the
      // ballot key, cleared at closing (docs/measurement-anonymity.md, Reminders).
      "reminders",
      "sealed_token",
    ]);
    expect((await columnsOf("measurement_responses")).map((c) => c.name)).toEqual([
      "org_id",
      "measurement_id",
      "id",
      "respondent_group",
      "subgroup_id",
      "answers",
      "open_answers",
    ]);
    for (const table of [
      "measurement_invitations",
      "measurement_responses",
      "measurement_ballots",
      "measurement_drafts",
    ]) {
      const types = (await columnsOf(table)).map((c) => c.type);
      expect(
        types.filter((type) => /time|date|serial|integer|bigint/.test(type)),
        table,
      ).toEqual(table === "measurement_invitations" ? ["integer"] : []);
    }
  });
});
