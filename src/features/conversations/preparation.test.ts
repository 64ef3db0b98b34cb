/**
 * Preparing a three-way conversation with the guide, as the people in it do: pupil, parent
 * and teacher answer their questions; the teacher sees the three side by side; private notes
 * stay private; bad or late answers change nothing. And the guide as a PDF.
 */
import { ofOrg } from "../../db/of-org.js";
import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { withOrg } from "../../db/client.js";
import { conversationPreparations } from "../../db/schema/index.js";
import { bookedConversation, notesSeenBy } from "./testing/preparation-fixtures.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();

const answers = (text: string) => ({ goesWell: text, hard: "", need: "", canDo: "", ask: "" });

describe("preparing a three-way conversation", () => {
  it("lets the parent, the pupil (at home, then at school) and the teacher prepare, and shows the three side by side", async () => {
    const { school, round, parent, base } = await bookedConversation(ctx);
    const booking = await (await parent.get(`/conversations/rounds/${round.id}/book`)).text();
    expect(booking).toContain(`${base}/prepare/parent`);

    const parentForm = await (await parent.get(`${base}/prepare/parent`)).text();
    expect(parentForm).toContain("Wat gaat goed met uw kind, thuis en op school?");
    expect((await parent.post(`${base}/prepare/parent`, answers("Lezen gaat thuis goed"))).status).toBe(303);
    const childForm = await (await parent.get(`${base}/prepare/pupil`)).text();
    expect(childForm).toContain("Wat gaat goed? Waar ben je trots op?");
    expect(childForm).toContain("Schrijf op wat uw kind zegt");
    expect((await parent.post(`${base}/prepare/pupil`, answers("Ik kan al snel rekenen"))).status).toBe(303);

    const teacher = await signIn(ctx, school.teacher.email);
    const list = await (await teacher.get(`/conversations/rounds/${round.id}/conversations`)).text();
    expect(list).toContain("Gesprek met Kind Eigen");
    expect(list).toContain("Leerling: ingevuld · Ouder: ingevuld · Leraar: nog open");
    // The teacher's own page names whom the conversation is with: the parents and the child, not the teacher.
    const own = await (await teacher.get(`${base}/prepare/teacher`)).text();
    expect(own).toContain(`met ${school.guardian.name}, ${school.partnerGuardian.name} en ${school.child.firstName}.`);
    expect(own).not.toContain(`met ${school.teacher.name}`);
    await teacher.post(`${base}/prepare/teacher`, { ...answers("Werkt goed samen"), note: "Geheim: broer ziek" });
    const atSchool = await (await teacher.get(`${base}/prepare/pupil`)).text();
    expect(atSchool).toContain("Ik kan al snel rekenen");
    expect(atSchool).toContain("Laat de leerling dit zelf invullen");

    const talk = await (await teacher.get(`${base}/conversation`)).text();
    for (const text of ["Lezen gaat thuis goed", "Ik kan al snel rekenen", "Werkt goed samen", 'class="voices"']) {
      expect(talk).toContain(text);
    }
    expect(talk).toContain("Ingevuld thuis");
    expect(talk).not.toContain("Geheim: broer ziek");
    expect(await (await teacher.get(`${base}/prepare/teacher`)).text()).toContain("Geheim: broer ziek");

    await teacher.post(`${base}/prepare/pupil`, answers("Ik help graag anderen"));
    const after = await (await teacher.get(`${base}/conversation`)).text();
    expect(after).toContain("Ik help graag anderen");
    expect(after).toContain("Ingevuld op school");
  });

  it("keeps the teacher's answers and private note from parents and other teachers", async () => {
    const { school, parent, base, bookingId } = await bookedConversation(ctx);
    const teacher = await signIn(ctx, school.teacher.email);
    await teacher.post(`${base}/prepare/teacher`, { ...answers("Let op concentratie"), note: "Alleen voor mij" });

    for (const path of ["prepare/teacher", "conversation"])
      expect((await parent.get(`${base}/${path}`)).status).toBe(404);
    const parentPage = await (await parent.get(`${base}/prepare/parent`)).text();
    expect(parentPage).not.toContain("Let op concentratie");
    expect(parentPage).not.toContain("Alleen voor mij");
    expect((await parent.post(`${base}/prepare/teacher`, answers("Overgenomen"))).status).toBe(404);

    const db = ctx.database.db;
    expect(await notesSeenBy(db, school.orgId, school.teacher.id, bookingId)).toHaveLength(1);
    for (const someone of [school.parent.id, school.teacherB.id, school.leader.id, null]) {
      expect(await notesSeenBy(db, school.orgId, someone, bookingId)).toHaveLength(0);
    }
  });

  it("refuses empty answers and answers after the start, storing nothing", async () => {
    const { school, parent, base, bookingId, slot } = await bookedConversation(ctx);
    const empty = await parent.post(`${base}/prepare/parent`, answers(""));
    await expectRefused(empty, ["Vul minstens één vraag in."]);
    const tooLong = await parent.post(`${base}/prepare/parent`, answers("x".repeat(1001)));
    await expectRefused(tooLong, ["Dit is te lang: hoogstens 1.000 tekens."]);

    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.execute(
        `update conversation_slots set starts_at = now() - interval '5 minutes', ends_at = now() + interval '5 minutes' where id = '${slot.id}'`,
      ),
    );
    const late = await parent.post(`${base}/prepare/parent`, answers("Te laat"));
    await expectRefused(late, ["Het gesprek is al begonnen."]);
    const stored = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .select()
        .from(conversationPreparations)
        .where(ofOrg(conversationPreparations, school.orgId, { bookingId })),
    );
    expect(stored).toHaveLength(0);
  });
});

describe("the guide as a PDF", () => {
  it("prints in Dutch and English", async () => {
    const { parent } = await bookedConversation(ctx);
    for (const lang of ["nl", "en"]) {
      const response = await parent.get(`/conversations/guide.pdf?lang=${lang}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
      expect(bytes.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(4);
    }
  });
});
