/**
 * The round form's dates and times are asked for as people in the Netherlands write them: the
 * hint shows "30-11-2026 19:00", not the ISO text a date-and-time field sends, and a browser
 * without such a field may send what the person typed that way.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { withOrg } from "../../db/client.js";
import { conversationRounds } from "../../db/schema/index.js";
import { localToUtc } from "../../lib/time/zone.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { createConversationSchool } from "./testing/fixtures.js";

const ctx = useTestContext();

const typedRound = (groupId: string) => ({
  name: "Rapportgesprekken",
  kind: "three_way",
  mode: "first_come",
  groupIds: [groupId],
  slotMinutes: "15",
  bufferMinutes: "5",
  toleranceMinutes: "15",
  opensAt: "1-12-2026 08:00",
  closesAt: "08-12-2026 20:00",
  changeDeadline: "7-12-2026 12:00",
});

describe("dates and times in the round form", () => {
  it("hints at them in the person's way of writing, in Dutch and English", async () => {
    const school = await createConversationSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    for (const [locale, hint] of [
      ["nl", "Datum en tijd, zoals 30-11-2026 19:00."],
      ["en", "Date and time, like 30-11-2026 19:00."],
    ] as const) {
      await leader.post("/language", { locale });
      const page = await (await leader.get("/conversations/rounds/new")).text();
      expect(page).toContain(hint);
      expect(page).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
      expect(page).toContain('type="datetime-local"');
    }
  });

  it("takes a date and time typed as dd-mm-jjjj uu:mm, and names that form when one is wrong", async () => {
    const school = await createConversationSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const wrong = await leader.post("/conversations/rounds", {
      ...typedRound(school.groupA.id),
      opensAt: "1 december",
    });
    await expectRefused(wrong, ["Vul een geldige datum en tijd in, zoals 30-11-2026 19:00."]);

    expect((await leader.post("/conversations/rounds", typedRound(school.groupA.id))).status).toBe(303);
    const [round] = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(conversationRounds).where(eq(conversationRounds.orgId, school.orgId)),
    );
    expect(round?.opensAt).toEqual(localToUtc("2026-12-01", "08:00"));
    expect(round?.closesAt).toEqual(localToUtc("2026-12-08", "20:00"));
    expect(round?.changeDeadline).toEqual(localToUtc("2026-12-07", "12:00"));
  });
});
