/**
 * The booking rules hold in the database itself, whatever the code above it does: these
 * inserts skip every check in the services and must still be refused.
 */
import { describe, expect, it } from "vitest";
import { useTestContext } from "../../../tests/helpers/app.js";
import { withOrg } from "../../db/client.js";
import { conversationBookings } from "../../db/schema/index.js";
import { violatedConstraint } from "./service/constraint.js";
import { createConversationSchool, createRoundWithSlots } from "./testing/fixtures.js";
import { slotsOf } from "./testing/queries.js";

const ctx = useTestContext();

type Row = typeof conversationBookings.$inferInsert;

async function insertFails(orgId: string, rows: Row[]): Promise<string | null> {
  try {
    await withOrg(ctx.database.db, { orgId, userId: null }, (tx) => tx.insert(conversationBookings).values(rows));
    return null;
  } catch (error) {
    return violatedConstraint(error);
  }
}

async function setup(separate: boolean) {
  const school = await createConversationSchool(ctx.database.db);
  const { round } = await createRoundWithSlots(ctx.database.db, school, {
    overrides: { separateGuardianBookings: separate },
  });
  const slots = await slotsOf(ctx.database.db, school.orgId, round.id, school.teacher.id);
  const row = (slot: number, guardianId = school.guardian.id): Row => ({
    orgId: school.orgId,
    roundId: round.id,
    slotId: slots[slot]!.id,
    pupilId: school.child.id,
    guardianId,
    separate,
  });
  return { school, round, row };
}

describe("booking constraints in the database", () => {
  it("refuses a slot twice and a child twice in a round where guardians share a booking", async () => {
    const { school, row } = await setup(false);
    expect(await insertFails(school.orgId, [row(0)])).toBeNull();
    const otherChild = { ...row(0), pupilId: school.sibling.id };
    expect(await insertFails(school.orgId, [otherChild])).toBe("conversation_bookings_slot_key");
    expect(await insertFails(school.orgId, [row(1, school.partnerGuardian.id)])).toBe(
      "conversation_bookings_pupil_key",
    );
  });

  it("lets each guardian who lives apart hold one booking, and never the other's slot", async () => {
    const { school, row } = await setup(true);
    expect(await insertFails(school.orgId, [row(0)])).toBeNull();
    expect(await insertFails(school.orgId, [row(0, school.partnerGuardian.id)])).toBe("conversation_bookings_slot_key");
    expect(await insertFails(school.orgId, [row(1)])).toBe("conversation_bookings_guardian_key");
    expect(await insertFails(school.orgId, [row(1, school.partnerGuardian.id)])).toBeNull();
  });

  it("keeps a booking's slot in its round, its guardian a guardian of the child, and its rule the round's", async () => {
    const { school, row } = await setup(false);
    const elsewhere = await createRoundWithSlots(ctx.database.db, school, { day: 11 });
    const [foreignSlot] = await slotsOf(ctx.database.db, school.orgId, elsewhere.round.id, school.teacher.id);
    expect(await insertFails(school.orgId, [{ ...row(0), slotId: foreignSlot!.id }])).toBe(
      "conversation_bookings_slot_fk",
    );
    expect(await insertFails(school.orgId, [row(0, school.otherGuardian.id)])).toBe(
      "conversation_bookings_guardian_fk",
    );
    expect(await insertFails(school.orgId, [{ ...row(0), separate: true }])).toBe("conversation_bookings_separate_fk");
  });

  it("inserts a sibling combination whole or not at all", async () => {
    const { school, row } = await setup(false);
    expect(await insertFails(school.orgId, [row(2)])).toBeNull();
    const combination = [
      { ...row(3), pupilId: school.sibling.id },
      { ...row(2), pupilId: school.sibling.id },
    ];
    expect(await insertFails(school.orgId, combination)).not.toBeNull();
    const rows = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(conversationBookings),
    );
    expect(rows).toHaveLength(1);
  });
});
