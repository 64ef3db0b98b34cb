import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { expectPage } from "../../../tests/helpers/page.js";
import { createConversationSchool, createRoundWithSlots } from "./testing/fixtures.js";

const ctx = useTestContext();

const roundFields = (groupIds: string[]) => ({
  name: "Kennismaking",
  kind: "three_way",
  mode: "first_come",
  groupIds,
  slotMinutes: "15",
  bufferMinutes: "5",
  toleranceMinutes: "15",
  opensAt: "2026-12-01T08:00",
  closesAt: "2026-12-08T20:00",
  changeDeadline: "2026-12-07T12:00",
});

describe("a round for groups without a teacher", () => {
  it("says on creation and on the round's page which groups have no teacher, linking to each group", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const created = await leader.post("/conversations/rounds", roundFields([school.groupA.id, school.groupB.id]));
    expect(created.status).toBe(303);
    const html = await expectPage(await leader.get(created.headers.get("location")!), [
      "Deze groepen hebben nog geen leraar, dus niemand kan er tijden voor invullen:",
      `<a href="/organisation/groups/${school.groupB.id}">${school.groupB.name}</a>`,
    ]);
    expect(html).not.toContain("Leraren kunnen nu hun tijden invullen.");
    expect(html).not.toContain(`<a href="/organisation/groups/${school.groupA.id}">`);

    await leader.post("/language", { locale: "en", back: "/conversations" });
    await expectPage(await leader.get(created.headers.get("location")!), [
      "These groups have no teacher yet, so nobody can enter times for them:",
    ]);
  });
});

describe("an open round as staff see it", () => {
  it("says until when parents book, not the parents' 'you can book'", async () => {
    const school = await createConversationSchool(ctx.database.db);
    const { round } = await createRoundWithSlots(ctx.database.db, school);
    const teacher = await signIn(ctx, school.teacher.email);
    const html = await expectPage(await teacher.get(`/conversations/rounds/${round.id}`), [
      "Ouders kiezen een tijd tot",
    ]);
    expect(html).not.toContain("Inschrijven kan tot");
    await teacher.post("/language", { locale: "en", back: "/conversations" });
    const english = await expectPage(await teacher.get(`/conversations/rounds/${round.id}`), [
      "Parents book a time until",
    ]);
    expect(english).not.toContain("You can book until");
  });
});
