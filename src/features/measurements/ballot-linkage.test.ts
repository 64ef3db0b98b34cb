/**
 * The attack of issue 10 §3, played as someone with a copy of the database
 * would: one copy taken while the measurement is open (a routine backup), one
 * after closing, read with the system columns (xmin, ctid) and the lengths of
 * the sealed texts. Unpadded, a ballot's length is 28 bytes plus its JSON and
 * a draft's the same over its answers, so the length of each response after
 * closing pointed at the ballot or draft it came from, and the ballot's xmin
 * (or the draft's invitation id) at the person. SECRET_KEY is set: it does not
 * stop this attack, which never opens a sealed text.
 */
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { TestClient, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { addPupils } from "../../../tests/helpers/factories.js";
import { rowsOf, withOrg } from "../../db/client.js";
import { currentInstrument } from "./instrument/index.js";
import { questionPages } from "./questionnaire.js";
import { createMeasurementAs, openLinkOf, questionnaireLink, runQueuedInvitations } from "./testing.js";

const ctx = useTestContext({ SECRET_KEY: "a-secret-key-of-at-least-32-characters" });

type Row = Record<string, unknown>;
type Group = "team" | "parents" | "pupils";

/** `count` answers on a page of the group's questionnaire, and an open answer of `open` characters. */
function onPage(group: Group, number: number, count: number, open: number): Record<string, string> {
  const page = questionPages(currentInstrument, group)[number - 1]!;
  const fields: Record<string, string> = { go: "next" };
  for (const item of page.items.slice(0, count)) fields[`current:${item.id}`] = String(1 + (count % 4));
  if (open) fields.open = "x".repeat(open);
  return fields;
}

/** The number of the last page of the questionnaire on which the response answered something. */
function lastPageAnswered(response: Row): number {
  const answered = Object.keys(response.answers as object);
  const pages = questionPages(currentInstrument, response.respondent_group as Group);
  return Math.max(
    0,
    ...pages.filter((page) => page.items.some((item) => answered.includes(item.id))).map((p) => p.number),
  );
}

/** How long a sealed text of this JSON was before padding: nonce, tag and JSON, in base64url. */
const sealedLength = (value: unknown) =>
  Buffer.alloc(28 + Buffer.byteLength(JSON.stringify(value))).toString("base64url").length;

describe("linking responses to invitees with copies of the database", () => {
  it("links no response, from a copy taken while open nor after closing", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    // Through an open link answer no more than the class has pupils, or parents without a mailed invitation.
    await addPupils(ctx.database.db, school.groupB, 3);
    const id = await createMeasurementAs(leader, {
      parents: [school.groupA.id, school.groupB.id],
      pupils: school.groupB.id,
    });
    await runQueuedInvitations(ctx, id);
    const copy = (query: string) =>
      withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) =>
        rowsOf<Row>(await tx.execute(sql.raw(query.replace("$measurement", `'${id}'`)))),
      );
    const send = async (link: string, pages: Record<string, string>[], sendNow = true) => {
      const client = new TestClient(ctx.app);
      for (const [index, page] of pages.entries())
        expect((await client.post(`${link}/${index + 1}`, page)).status).toBe(303);
      if (sendNow) expect((await client.post(`${link}/send`)).status).toBe(303);
      return client;
    };
    const openLink = await openLinkOf(leader, id, `Leerlingen van ${school.groupB.name}`);
    const pupil = async (count: number, open: number) => {
      const link = (await new TestClient(ctx.app).post(openLink)).headers.get("location")!;
      await send(link, [onPage("pupils", 1, count, open)]);
    };

    // While open: answers of every length, from named invitees and from a class's open link.
    await send(await questionnaireLink(ctx, school.teacher.email), [onPage("team", 1, 1, 0)]);
    await send(await questionnaireLink(ctx, school.leader.email), [onPage("team", 1, 3, 40)]);
    await send(await questionnaireLink(ctx, school.otherGuardian.email!), [onPage("parents", 1, 2, 120)]);
    const parentLink = await questionnaireLink(ctx, school.parent.email);
    // Saved up to the second page, not sent yet.
    const parent = await send(parentLink, [onPage("parents", 1, 4, 7), onPage("parents", 2, 2, 0)], false);
    for (const [count, open] of [
      [1, 3],
      [2, 0],
      [3, 15],
    ] as const)
      await pupil(count, open);

    // The routine backup.
    const ballots = await copy(
      "select xmin::text as xmin, ctid::text as ctid, length(ciphertext) as length from measurement_ballots where measurement_id = $measurement",
    );
    const drafts = await copy(
      "select invitation_id, length(ciphertext) as length, to_jsonb(d) - 'org_id' - 'invitation_id' - 'ciphertext' as clear from measurement_drafts d",
    );
    const invitationsWhileOpen = await copy(
      "select xmin::text as xmin, id, user_id, guardian_id from measurement_invitations where measurement_id = $measurement and responded",
    );
    expect(ballots).toHaveLength(6);
    expect(drafts).toHaveLength(1);

    expect((await parent.post(`${parentLink}/send`)).status).toBe(303);
    await pupil(2, 60);
    expect((await leader.post(`/organisation/measurements/${id}/close`)).status).toBe(303);

    // After closing.
    const responses = await copy(
      "select xmin::text as xmin, respondent_group, subgroup_id, answers, open_answers from measurement_responses where measurement_id = $measurement",
    );
    const invitations = await copy(
      "select xmin::text as xmin, id, user_id, guardian_id from measurement_invitations where measurement_id = $measurement",
    );
    expect(responses).toHaveLength(8);

    // Who each invitation is: a name for a mailed one, the class's open link otherwise.
    const people = new Map([
      [school.teacher.id, "teacher"],
      [school.leader.id, "leader"],
      [school.guardian.id, "parent"],
      [school.otherGuardian.id, "other parent"],
    ]);
    const who = (invitation: Row) =>
      people.get((invitation.user_id ?? invitation.guardian_id) as string) ?? `open link ${String(invitation.id)}`;
    const candidates = (response: Row): Set<string> => {
      const answers = { answers: response.answers, open: response.open_answers };
      const ballot = { group: response.respondent_group, subgroupId: response.subgroup_id, ...answers };
      const found = new Set<string>();
      for (const invitation of invitationsWhileOpen) {
        const own = ballots.filter((b) => b.xmin === invitation.xmin);
        if (own.some((b) => b.length === sealedLength(ballot))) found.add(who(invitation));
      }
      for (const draft of drafts) {
        const invitation = invitations.find((i) => i.id === draft.invitation_id)!;
        if (draft.length === sealedLength(answers)) found.add(who(invitation));
        // How far the invitee had got, against how far the response goes.
        if ((draft.clear as { page?: number }).page === lastPageAnswered(response)) found.add(who(invitation));
      }
      // A response written by the transaction that wrote an invitation.
      for (const invitation of invitations) if (invitation.xmin === response.xmin) found.add(who(invitation));
      return found;
    };
    const linked = responses.map(candidates).filter((found) => found.size === 1);
    expect(linked.map((found) => [...found][0])).toEqual([]);

    // Lengths carry nothing, whatever formula an attacker tries: one length for every sealed text.
    expect(new Set([...ballots, ...drafts].map((row) => row.length)).size).toBe(1);
    // And a draft holds nothing in the clear but whose it is.
    expect(drafts.map((draft) => draft.clear)).toEqual([{}]);
    // And the invitations no longer tell in which order anyone responded: one transaction rewrote them all.
    expect(new Set(invitations.map((i) => i.xmin)).size).toBe(1);
    expect(responses.map((r) => r.xmin)).not.toContain(invitations[0]!.xmin);
  });
});
