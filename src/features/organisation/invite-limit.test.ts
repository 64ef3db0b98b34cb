import { describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { leaderSignedIn, signIn, useTestContext, type TestClient } from "../../../tests/helpers/app.js";
import { createSchool, unique } from "../../../tests/helpers/factories.js";
import { expectTooOften } from "../../../tests/helpers/refusal.js";
import { withOrg } from "../../db/client.js";
import { auditLog, outbox, users } from "../../db/schema/index.js";
import { invitationsIn, rolesOf } from "./testing/roles.js";

const ctx = useTestContext();

const invite = (client: TestClient, email: string, roles: string) =>
  client.post("/organisation/staff/invite", { name: "Juf Vaak", email, roles });

/**
 * What an invitation changes: the mails to the address, the person's roles, the roles their invitation
 * offers (waiting for them to accept) and the audit entries about them.
 */
async function traceOf(orgId: string, email: string) {
  const mails = (await ctx.database.db.select().from(outbox).where(eq(outbox.to, email))).length;
  const [user] = await ctx.database.db.select().from(users).where(eq(users.email, email));
  if (!user) return { mails, roles: [], offered: [], audit: 0 };
  const audit = await withOrg(ctx.database.db, { orgId, userId: null }, (tx) =>
    tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.entityId, user.id))),
  );
  const invitation = (await invitationsIn(ctx.database.db, orgId)).find((i) => i.userId === user.id);
  const offered = [...(invitation?.roles ?? [])].sort();
  return { mails, roles: await rolesOf(ctx.database.db, orgId, user.id), offered, audit: audit.length };
}

/** Three invitations to one new address, with a role each. */
async function invitedThrice(leader: TestClient, email: string) {
  for (const role of ["teacher", "mentor", "office"]) expect((await invite(leader, email, role)).status).toBe(303);
}

describe("inviting the same address again and again", () => {
  it("mails it at most three times an hour from one organisation; the fourth is answered 429, says so beside the address and changes nothing", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const email = `vaak-${unique()}@example.nl`;
    await invitedThrice(leader, email);
    const before = await traceOf(school.orgId, email);
    expect(before).toMatchObject({ mails: 3, roles: [], offered: ["mentor", "office", "teacher"] });

    const refused = await expectTooOften(await invite(leader, email, "coordinator"), [
      "Dit adres kreeg het afgelopen uur al 3 uitnodigingen van uw organisatie. Er is niets verstuurd of veranderd.",
      `value="${email}"`,
    ]);
    expect(refused).toMatch(/Probeer het over \d+ minuten opnieuw\./);
    // Beside the address it is about, and the rest of the form as it was.
    expect(refused).toMatch(/<p class="field-error" id="field-email-error">Dit adres kreeg/);
    // The advisors' form invites too, and counts with the staff form.
    await expectTooOften(await leader.post("/organisation/advisors", { name: "Juf Vaak", email }), [
      "Dit adres kreeg het afgelopen uur al 3 uitnodigingen van uw organisatie.",
    ]);
    expect(await traceOf(school.orgId, email)).toEqual(before);

    await leader.post("/language", { locale: "en", back: "/organisation/staff/invite" });
    const english = await expectTooOften(await invite(leader, email, "coordinator"), [
      "This address has already had 3 invitations from your organisation in the past hour. Nothing was sent or changed.",
    ]);
    expect(english).toMatch(/Try again in \d+ minutes\./);
    expect(await traceOf(school.orgId, email)).toEqual(before);
  });

  it("counts per organisation, and lets the organisation invite again once the hour is over", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const other = await createSchool(ctx.database.db);
    const email = `vaak-${unique()}@example.nl`;
    await invitedThrice(leader, email);

    // Another school invites the same address as it would any other.
    const otherLeader = await signIn(ctx, other.leader.email);
    expect((await invite(otherLeader, email, "teacher")).status).toBe(303);
    expect((await traceOf(other.orgId, email)).mails).toBe(4);

    // An hour later (the counter's window moved back), this school may invite again.
    await ctx.database.db.execute(
      sql`update rate_limits set window_start = window_start - interval '1 hour' where key like ${`%${email}`}`,
    );
    expect((await invite(leader, email, "coordinator")).status).toBe(303);
    expect(await traceOf(school.orgId, email)).toMatchObject({
      mails: 5,
      roles: [],
      offered: ["coordinator", "mentor", "office", "teacher"],
    });
  });
});
