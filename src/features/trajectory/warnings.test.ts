import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { outbox } from "../../db/schema/index.js";
import { closedMeasurement } from "../measurements/testing-results.js";
import { depsOf } from "../measurements/testing.js";
import { sendDeadlineWarnings } from "./service/warnings.js";
import { addMember, startTrajectoryAs } from "./testing/fixtures.js";

const ctx = useTestContext();

/** The deadline mails to an address (not its sign-in links). */
const mailsTo = async (email: string) =>
  (await ctx.database.db.select().from(outbox).where(eq(outbox.to, email))).filter((m) =>
    m.subject.includes("eindmeting"),
  );

describe("the daily deadline warnings", () => {
  it("mails the leaders and the advisor once per threshold, from three months before the deadline", async () => {
    const school = await createSchool(ctx.database.db);
    const advisor = await addMember(ctx, school.orgId, "advisor", "Adviseur");
    const leader = await signIn(ctx, school.leader.email);
    await startTrajectoryAs(leader, { advisorId: advisor.id });
    // The nulmeting's last day is 15 March 2026: the eindmeting is due by 15 March 2028.
    const measurementId = await closedMeasurement(ctx.database.db, school.orgId, { responses: [] });
    await leader.post("/trajectory/measurements", { measurementId });
    const deps = depsOf(ctx);
    const at = (date: string) => new Date(`${date}T08:00:00Z`);

    await sendDeadlineWarnings(deps, at("2027-12-14"));
    expect(await mailsTo(school.leader.email)).toHaveLength(0);

    await sendDeadlineWarnings(deps, at("2027-12-15"));
    await sendDeadlineWarnings(deps, at("2027-12-16"));
    const [first] = await mailsTo(school.leader.email);
    expect(await mailsTo(school.leader.email)).toHaveLength(1);
    expect(first?.subject).toBe("Over drie maanden: de eindmeting");
    expect(first?.text).toContain("uiterlijk 15 maart 2028 gesloten");
    expect(await mailsTo(advisor.email)).toHaveLength(1);
    expect(await mailsTo(school.teacher.email)).toHaveLength(0);

    await sendDeadlineWarnings(deps, at("2028-03-20"));
    await sendDeadlineWarnings(deps, at("2028-03-21"));
    const subjects = (await mailsTo(school.leader.email)).map((m) => m.subject).sort();
    // Past the deadline at once: the overdue mail only, the one-month warning recorded without a mail.
    expect(subjects).toEqual(["De eindmeting is te laat", "Over drie maanden: de eindmeting"]);
    expect(await (await leader.get("/trajectory")).text()).toContain("De eindmeting moet uiterlijk 15 maart 2028");
  });
});
