import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { signIn, TestClient, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { measurementInvitations, outbox } from "../../db/schema/index.js";
import type { Deps } from "../../web/env.js";
import { runInvitations } from "./service/open.js";
import { createMeasurementAs, depsOf, questionnaireLink, runQueuedInvitations } from "./testing.js";

const ctx = useTestContext();

const mailsTo = async (to: string) => ctx.database.db.select().from(outbox).where(eq(outbox.to, to));

describe("invitations", () => {
  it("mails the team and the parents of the chosen groups once, even when the job runs twice", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader, { parents: school.groupA.id, pupils: school.groupB.id });
    const page = `/organisation/measurements/${id}`;
    // Before the job ran, every group would show 0 invited: the page says they are on their way.
    const before = await (await leader.get(page)).text();
    expect(before).toContain("Uitnodigingen worden verstuurd…");
    expect(before).not.toMatch(/<td>0<\/td>\s*<td>0<\/td>/);

    expect(await runQueuedInvitations(ctx, id)).toBe(3);
    expect(await runQueuedInvitations(ctx, id)).toBe(0);
    const after = await (await leader.get(page)).text();
    expect(after).not.toContain("Uitnodigingen worden verstuurd…");
    expect(after).toMatch(/<td>2<\/td>\s*<td>0<\/td>/);

    for (const email of [school.leader.email, school.teacher.email, school.parent.email]) {
      const mails = (await mailsTo(email)).filter((m) => m.subject.startsWith("Vragenlijst"));
      expect(mails, email).toHaveLength(1);
      expect(mails[0]!.text).toContain("Nulmeting 2026");
      const link = await questionnaireLink(ctx, email);
      const page = await new TestClient(ctx.app).get(link);
      expect(page.status).toBe(200);
    }
    // The parent of group B was not asked: group B's pupils answer through the open link.
    expect(await mailsTo(school.otherGuardian.email!)).toEqual([]);
    const rows = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(measurementInvitations),
    );
    expect(rows.map((r) => [r.kind, r.mailed, r.responded])).toEqual([
      ["mail", true, false],
      ["mail", true, false],
      ["mail", true, false],
    ]);
  });

  it("leaves an invitation for the next attempt when its mail could not be recorded", async () => {
    const school = await createSchool(ctx.database.db);
    const id = await createMeasurementAs(await signIn(ctx, school.leader.email));
    const job = { orgId: school.orgId, measurementId: id };
    const deps = depsOf(ctx);
    const failing: Deps["jobs"] = { send: () => Promise.reject(new Error("queue down")) };
    await expect(runInvitations({ ...deps, jobs: failing }, job)).rejects.toThrow("queue down");
    expect(await runInvitations(deps, job)).toBe(2);
    expect(await runInvitations(deps, job)).toBe(0);
    expect((await mailsTo(school.teacher.email)).filter((m) => m.subject.startsWith("Vragenlijst"))).toHaveLength(1);
  });

  it("mails a parent in the language they chose", async () => {
    const school = await createSchool(ctx.database.db);
    const parent = await signIn(ctx, school.parent.email);
    await parent.post("/language", { locale: "en", back: "/" });
    const id = await createMeasurementAs(await signIn(ctx, school.leader.email), {
      team: "",
      parents: school.groupA.id,
    });
    expect(await runQueuedInvitations(ctx, id)).toBe(1);
    const [mail] = (await mailsTo(school.parent.email)).filter((m) => m.subject.startsWith("Questionnaire"));
    expect(mail?.text).toContain("Your personal link:");
  });
});
