import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { signIn, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { createSchool, withGroupNamed } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { auditLog, trajectorySessionGroups } from "../../db/schema/index.js";
import { schoolDate } from "../../lib/time/school-date.js";
import { sessionsOf, startTrajectoryAs } from "./testing/fixtures.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();

const day = (offset: number) => schoolDate(new Date(Date.now() + offset * 24 * 3600 * 1000));

async function startedSchool() {
  const { school, leader } = await leaderSignedIn(ctx);
  await startTrajectoryAs(leader);
  return { school, leader };
}

describe("sessions on both lines", () => {
  it("adds a parent evening for some groups, and the parents of those groups see it", async () => {
    const { school, leader } = await startedSchool();
    const added = await leader.post("/trajectory/sessions", {
      line: "parents",
      topic: "Ouderavond over huiswerk",
      goals: "Horen wat ouders thuis merken.",
      heldOn: day(14),
      groups: [school.groupA.id],
    });
    expect(added.status).toBe(303);
    const page = await (await leader.get("/trajectory")).text();
    expect(page).toContain("Ouderavond over huiswerk");
    expect(page).toContain(`Uitgenodigd: ouders van ${school.groupA.name}`);
    const parent = await signIn(ctx, school.parent.email);
    const version = await (await parent.get("/trajectory/for-parents")).text();
    expect(version).toContain("Ouderavond over huiswerk");
    expect(version).toContain("Horen wat ouders thuis merken.");

    // The same form sent twice adds one session.
    const once = "B".repeat(43);
    for (let i = 0; i < 2; i++)
      await leader.post(
        "/trajectory/sessions",
        { line: "parents", topic: "Alleen groep B", groups: [school.groupB.id] },
        { once },
      );
    expect((await sessionsOf(ctx, school.orgId, "parents")).filter((s) => s.topic === "Alleen groep B")).toHaveLength(
      1,
    );
    expect(await (await parent.get("/trajectory/for-parents")).text()).not.toContain("Alleen groep B");
  });

  it("names a group called by its number group 7 among those invited", async () => {
    const { school, leader } = await startedSchool();
    await withGroupNamed(ctx.database.db, school.groupA, "7", async () => {
      const added = await leader.post("/trajectory/sessions", {
        line: "parents",
        topic: "Ouderavond",
        groups: [school.groupA.id],
      });
      expect(added.status).toBe(303);
      expect(await (await leader.get("/trajectory")).text()).toContain("Uitgenodigd: ouders van groep 7");
    });
  });

  it("records a held session with attendance, notes, outcomes and follow-up, which parents never see", async () => {
    const { school, leader } = await startedSchool();
    const [vision] = await sessionsOf(ctx, school.orgId, "school");
    const saved = await leader.post(`/trajectory/sessions/${vision!.id}`, {
      line: "school",
      topic: vision!.topic,
      heldOn: day(-2),
      held: "on",
      attendance: "23",
      notes: "Goed gesprek in het team.",
      outcomes: "Een eerste visie op partnerschap.",
      followUp: "Visie bespreken met de MR (Karim, 1 maart)",
    });
    expect(saved.status).toBe(303);
    const [after] = await sessionsOf(ctx, school.orgId, "school");
    expect(after).toMatchObject({
      status: "held",
      attendance: 23,
      heldOn: day(-2),
      outcomes: "Een eerste visie op partnerschap.",
    });
    expect(await (await leader.get("/trajectory")).text()).toContain("23 aanwezig");
    const edit = await (await leader.get(`/trajectory/sessions/${vision!.id}`)).text();
    expect(edit).toContain("Visie bespreken met de MR (Karim, 1 maart)");
    const parent = await signIn(ctx, school.parent.email);
    expect(await (await parent.get("/trajectory/for-parents")).text()).not.toContain("Goed gesprek");
  });

  it("refuses bad input with messages and changes nothing", async () => {
    const { school, leader } = await startedSchool();
    const other = await createSchool(ctx.database.db);
    const [vision] = await sessionsOf(ctx, school.orgId, "school");
    const before = await sessionsOf(ctx, school.orgId);
    const base = { line: "school", topic: "Teamdag" };
    const cases: [Record<string, string | string[]>, string | string[]][] = [
      [{ ...base, topic: " " }, "Vul dit veld in."],
      [{ ...base, heldOn: "31-02-2026" }, "Vul een geldige datum in."],
      [{ ...base, heldOn: "0000-01-01" }, "Vul een datum in tussen 1900 en 2999."],
      [{ ...base, held: "on" }, "Vul de datum in waarop de bijeenkomst is gehouden."],
      [{ ...base, held: "on", heldOn: day(3) }, "Deze datum is nog niet geweest."],
      [{ ...base, attendance: "veel" }, "Vul een aantal in, bijvoorbeeld 24."],
      [{ ...base, line: "team" }, "Vul dit veld in."],
      [{ ...base, groups: [other.groupA.id] }, "Deze waarde klopt niet."],
      [{ ...base, topic: "x".repeat(201) }, "Dit is te lang: hoogstens 200 tekens."],
      // Every problem at once, so the form needs sending only once more.
      [
        { ...base, topic: " ", held: "on", heldOn: day(3), attendance: "twaalf" },
        ["Vul dit veld in.", "Deze datum is nog niet geweest.", "Vul een aantal in, bijvoorbeeld 24."],
      ],
    ];
    for (const [form, message] of cases) {
      for (const path of ["/trajectory/sessions", `/trajectory/sessions/${vision!.id}`]) {
        const response = await leader.post(path, form);
        expect(response.status, `${path} ${JSON.stringify(form)}`).toBe(422);
        const page = await response.text();
        for (const one of [message].flat()) expect(page).toContain(one);
      }
    }
    await expectRefused(await leader.post(`/trajectory/sessions/${vision!.id}/skip`, { reason: "" }), [
      "Schrijf de reden op.",
    ]);
    expect(await sessionsOf(ctx, school.orgId)).toEqual(before);
    const groups = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(trajectorySessionGroups),
    );
    expect(groups).toEqual([]);
  });

  it("skips a session with its reason, and moves sessions within their line", async () => {
    const { school, leader } = await startedSchool();
    const [vision, communication, boundaries] = await sessionsOf(ctx, school.orgId, "school");
    expect(
      (await leader.post(`/trajectory/sessions/${boundaries!.id}/skip`, { reason: "Al gedaan in 2025" })).status,
    ).toBe(303);
    expect(await (await leader.get("/trajectory")).text()).toContain("Overgeslagen: Al gedaan in 2025");

    expect((await leader.post(`/trajectory/sessions/${communication!.id}/move`, { direction: "up" })).status).toBe(303);
    expect((await sessionsOf(ctx, school.orgId, "school")).map((s) => s.id)).toEqual([
      communication!.id,
      vision!.id,
      boundaries!.id,
    ]);
    // At the edge nothing changes.
    await leader.post(`/trajectory/sessions/${communication!.id}/move`, { direction: "up" });
    expect((await sessionsOf(ctx, school.orgId, "school"))[0]!.id).toBe(communication!.id);
    expect((await leader.post(`/trajectory/sessions/${vision!.id}/move`, { direction: "sideways" })).status).toBe(422);

    const audit = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.entity, "trajectory_session")),
    );
    expect(audit.map((a) => a.action).sort()).toEqual(["move", "skip"]);
  });

  it("closes a line once a session was held and none is left planned", async () => {
    const { school, leader } = await startedSchool();
    await leader.post("/trajectory/skip", { step: "baseline", reason: "Op papier gedaan" });
    const line = await sessionsOf(ctx, school.orgId, "school");
    for (const [index, session] of line.entries()) {
      if (index === 0)
        await leader.post(`/trajectory/sessions/${session.id}`, {
          line: "school",
          topic: session.topic,
          held: "on",
          heldOn: day(-1),
        });
      else await leader.post(`/trajectory/sessions/${session.id}/skip`, { reason: "Niet nodig" });
    }
    const page = await (await leader.get("/trajectory")).text();
    expect(page).toMatch(/<h3>Schoollijn: teambijeenkomsten<\/h3><p class="hint">[^<]*<\/p><p>Gedaan op/);
    expect(page).toContain("<strong>Schoollijn en ouderlijn</strong>");
  });
});
