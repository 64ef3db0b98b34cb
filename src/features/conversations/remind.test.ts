import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { withOrg } from "../../db/client.js";
import { conversationRounds } from "../../db/schema/index.js";
import { createConversationSchool, createRoundWithSlots } from "./testing/fixtures.js";
import { mailsTo, slotsOf } from "./testing/queries.js";
import { ofOrg } from "../../db/of-org.js";
import { expectConflict } from "../../../tests/helpers/refusal.js";
import { withGroupNamed } from "../../../tests/helpers/factories.js";

const ctx = useTestContext();

const subject = "Kies een tijd voor het gesprek over Kind Eigen";

describe("who has not booked yet", () => {
  it("names a group called by its number group 7 beside the child", async () => {
    const db = ctx.database.db;
    const school = await createConversationSchool(db);
    const { round } = await createRoundWithSlots(db, school);
    const teacher = await signIn(ctx, school.teacher.email);
    await withGroupNamed(db, school.groupA, "7", async () => {
      expect(await (await teacher.get(`/conversations/rounds/${round.id}`)).text()).toContain("Kind Eigen (groep 7)");
    });
  });

  it("shows a teacher the children of their groups without a time, and reminds their parents with one click", async () => {
    const db = ctx.database.db;
    const school = await createConversationSchool(db);
    const { round } = await createRoundWithSlots(db, school);
    const base = `/conversations/rounds/${round.id}`;

    const teacher = await signIn(ctx, school.teacher.email);
    const page = await (await teacher.get(base)).text();
    expect(page).toContain("Nog geen tijd gekozen");
    expect(page).toContain("Kind Eigen (Groep A)");
    expect(page).not.toContain("Ander Kind");
    const leader = await signIn(ctx, school.leader.email);
    expect(await (await leader.get(base)).text()).toContain("Ander Kind (Groep B)");

    expect((await teacher.post(`${base}/remind`)).status).toBe(303);
    for (const email of [school.parent.email, school.partner.email]) {
      const mail = (await mailsTo(db, email)).find((m) => m.subject === subject);
      expect(mail?.text).toContain(`${base}/book`);
    }
    expect((await mailsTo(db, school.otherParent.email)).some((m) => m.subject.startsWith("Kies een tijd"))).toBe(
      false,
    );

    // A second press sends nothing again: it says when the last reminder went out.
    const again = await teacher.post(`${base}/remind`);
    await expectConflict(again, ["U heeft deze ouders al een herinnering gestuurd"]);
    expect((await mailsTo(db, school.parent.email)).filter((m) => m.subject === subject)).toHaveLength(1);

    const [slot] = await slotsOf(db, school.orgId, round.id, school.teacher.id);
    const parent = await signIn(ctx, school.parent.email);
    await parent.post(`${base}/book`, { pupilId: school.child.id, slotId: slot!.id });
    expect(await (await teacher.get(base)).text()).toContain("Voor alle kinderen is een tijd gekozen.");

    await withOrg(db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .update(conversationRounds)
        .set({ closesAt: new Date(Date.now() - 60_000), opensAt: new Date(Date.now() - 3_600_000) })
        .where(ofOrg(conversationRounds, school.orgId, { id: round.id })),
    );
    const closed = await leader.post(`${base}/remind`);
    await expectConflict(closed, ["Een herinnering kan alleen als het inschrijven open is."]);
  });
});
