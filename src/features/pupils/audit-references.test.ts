/**
 * What the school's trail says of a thing an entry's detail names by its id (a conversation's time
 * slot, the idea a duplicate was merged into, a measurement linked to the trajectory): its time and
 * teacher, its text, its title, looked up when the page is read, and "(verwijderd)" once it is
 * gone. Never the id, and never another school's thing.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { signIn, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { expectPage } from "../../../tests/helpers/page.js";
import { recordAudit } from "../../audit/record.js";
import { withOrg } from "../../db/client.js";
import { ofOrg } from "../../db/of-org.js";
import { conversationRounds, ideas } from "../../db/schema/index.js";
import { formatSlot } from "../../lib/time/format.js";
import { createConversationSchool, createRoundWithSlots } from "../conversations/testing/fixtures.js";
import { slotsOf } from "../conversations/testing/queries.js";
import { boardWithTwoParents, postIdeaAs } from "../ideas/testing/fixtures.js";
import { closedMeasurement } from "../measurements/testing-results.js";
import { startTrajectoryAs } from "../trajectory/testing/fixtures.js";

const ctx = useTestContext();
const db = () => ctx.database.db;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** The trail's table: the page around it links by id, the entries must not show one. */
function trail(page: string): string {
  const table = /<table[^]*<\/table>/.exec(page)?.[0];
  expect(table).toBeDefined();
  return table!;
}

async function bookedSchool() {
  const school = await createConversationSchool(db());
  const { round } = await createRoundWithSlots(db(), school);
  const [slot] = await slotsOf(db(), school.orgId, round.id, school.teacher.id);
  const parent = await signIn(ctx, school.parent.email);
  const booked = await parent.post(`/conversations/rounds/${round.id}/book`, {
    pupilId: school.child.id,
    slotId: slot!.id,
  });
  expect(booked.status).toBe(303);
  return { school, round, slot: slot!, leader: await signIn(ctx, school.leader.email) };
}

describe("the trail names what a detail points at", () => {
  it("says a booking's time slot by its time and teacher, and that it is gone once deleted", async () => {
    const { school, round, slot, leader } = await bookedSchool();
    const time = formatSlot("nl", slot.startsAt, slot.endsAt);
    const dutch = trail(
      await expectPage(await leader.get("/organisation/audit"), [`Door de ouder, tijdvak ${time} bij Leraar`]),
    );
    expect(dutch).not.toMatch(UUID);

    await leader.post("/language", { locale: "en", back: "/organisation/audit" });
    const english = trail(
      await expectPage(await leader.get("/organisation/audit"), [
        `By the parent, time slot ${formatSlot("en", slot.startsAt, slot.endsAt)} with Leraar`,
      ]),
    );
    expect(english).not.toMatch(UUID);

    // The round goes, and its slots with it: the entry stays, saying so.
    await withOrg(db(), { orgId: school.orgId, userId: null }, (tx) =>
      tx.delete(conversationRounds).where(ofOrg(conversationRounds, school.orgId, { id: round.id })),
    );
    await leader.post("/language", { locale: "nl", back: "/organisation/audit" });
    const gone = trail(
      await expectPage(await leader.get("/organisation/audit"), ["Door de ouder, tijdvak (verwijderd)"]),
    );
    expect(gone).not.toMatch(UUID);
  });

  it("says the idea a duplicate was merged into by its text, and that it is gone once deleted", async () => {
    const { school, author, other, leader } = await boardWithTwoParents(ctx);
    const duplicate = await postIdeaAs(author, { body: "Koffie na het brengen" });
    const target = await postIdeaAs(other, { body: "Koffieochtend voor ouders" });
    expect((await leader.post(`/ideas/${duplicate}/merge`, { into: target })).status).toBe(303);
    const page = trail(
      await expectPage(await leader.get("/organisation/audit"), ["In idee “Koffieochtend voor ouders”"]),
    );
    expect(page).not.toMatch(UUID);

    await withOrg(db(), { orgId: school.orgId, userId: null }, (tx) => tx.delete(ideas).where(eq(ideas.id, target)));
    const gone = trail(await expectPage(await leader.get("/organisation/audit"), ["In idee (verwijderd)"]));
    expect(gone).not.toMatch(UUID);
  });

  it("says a linked or unlinked measurement by its kind and title, and that it is gone once deleted", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await startTrajectoryAs(leader);
    const measurementId = await closedMeasurement(db(), school.orgId, { title: "Najaar 2026", responses: [] });
    expect((await leader.post("/trajectory/measurements", { measurementId })).status).toBe(303);
    expect((await leader.post(`/trajectory/measurements/${measurementId}/unlink`)).status).toBe(303);
    const page = await (await leader.get("/organisation/audit")).text();
    expect(trail(page).match(/Nulmeting: Najaar 2026/g)).toHaveLength(2);
    expect(trail(page)).not.toMatch(UUID);

    expect((await leader.post(`/organisation/measurements/${measurementId}/delete`)).status).toBe(303);
    const gone = trail(await (await leader.get("/organisation/audit")).text());
    expect(gone.match(/Meting \(verwijderd\)/g)).toHaveLength(2);
    expect(gone).not.toMatch(UUID);
  });

  it("names only the school's own things: another school's, under the same id, reads as gone", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const other = await bookedSchool();
    const secret = await closedMeasurement(db(), other.school.orgId, { title: "Geheim van B", responses: [] });
    await withOrg(db(), { orgId: school.orgId, userId: school.leader.id }, async (tx) => {
      const entry = { orgId: school.orgId, userId: school.leader.id } as const;
      await recordAudit(tx, {
        ...entry,
        action: "create",
        entity: "conversation_booking",
        detail: `by parent; slot ${other.slot.id}`,
      });
      await recordAudit(tx, { ...entry, action: "link", entity: "trajectory", detail: secret });
      await recordAudit(tx, { ...entry, action: "merge", entity: "idea", detail: "into:not-an-id" });
    });
    const page = trail(
      await expectPage(await leader.get("/organisation/audit"), [
        "Door de ouder, tijdvak (verwijderd)",
        "Meting (verwijderd)",
        "In idee (verwijderd)",
      ]),
    );
    expect(page).not.toContain("Geheim van B");
    expect(page).not.toContain(formatSlot("nl", other.slot.startsAt, other.slot.endsAt));
    expect(page).not.toMatch(UUID);
    expect(page).not.toContain("not-an-id");
  });
});
