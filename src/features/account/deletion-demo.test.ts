/**
 * Deleting accounts that hold every kind of data the demo gives them (a teacher with booked
 * conversations, a leader who is not the last, a parent, an advisor): none is refused by a
 * foreign key, and what the families booked stays, with the teacher shown as a former teacher.
 * The mails the outbox holds for a deleted account (sign-in links, an invitation) go with it.
 */
import { describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { signIn, useTestContext, type TestClient } from "../../../tests/helpers/app.js";
import { DEMO_ACCOUNTS, loadDemo } from "../../demo/load-demo.js";
import { DEMO_TEACHER_GROUP_4 } from "../../demo/conversations.js";
import { withOrg } from "../../db/client.js";
import { memberships, outbox, users } from "../../db/schema/index.js";
import { acceptMailedInvitation } from "../../../tests/helpers/invitations.js";

const ctx = useTestContext();

async function deleteAs(email: string): Promise<TestClient> {
  const client = await signIn(ctx, email);
  const response = await client.post("/account/delete", { email });
  expect({ email, status: response.status }).toEqual({ email, status: 303 });
  return client;
}

const mailsTo = (email: string) =>
  ctx.database.db
    .select({ subject: outbox.subject })
    .from(outbox)
    .where(eq(sql`lower(${outbox.to})`, email.toLowerCase()));

async function userIdOf(email: string): Promise<string> {
  const [user] = await ctx.database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return user!.id;
}

/** The demo parent books both children back to back: Lotte with juf Fatima, Sem with juf Sanne. */
async function bookAsDemoParent(): Promise<{ parent: TestClient; roundPath: string }> {
  const parent = await signIn(ctx, DEMO_ACCOUNTS.parent);
  const overview = await (await parent.get("/conversations")).text();
  const roundUrl = overview.match(/href="(\/conversations\/rounds\/[0-9a-f-]{36}\/book)"/)![1]!;
  const page = await (await parent.get(roundUrl)).text();
  const combination = page.match(/name="combination" value="([^"]+)"/)![1]!;
  const together = await parent.post(roundUrl.replace(/\/book$/, "/book-together"), { combination });
  expect(together.status).toBe(303);
  return { parent, roundPath: roundUrl.replace(/\/book$/, "") };
}

describe("deleting the demo's accounts", () => {
  it("keeps the families' conversations with a teacher who deleted their account", async () => {
    await loadDemo(ctx.database.db);
    const { parent, roundPath } = await bookAsDemoParent();
    await deleteAs(DEMO_ACCOUNTS.teacher7);

    const booking = await (await parent.get(`${roundPath}/book`)).text();
    expect(booking).toContain("Gesprek over Lotte");
    expect(booking).toContain("een voormalige leraar");
    const leader = await signIn(ctx, DEMO_ACCOUNTS.leader);
    const overview = await leader.get(roundPath);
    expect(overview.status).toBe(200);
    expect(await overview.text()).toContain("een voormalige leraar");
  });

  it("deletes a teacher, a leader who is not the last, a coordinator, an advisor and parents", async () => {
    const coordinator = await userIdOf(DEMO_ACCOUNTS.coordinator);
    const [{ orgId } = { orgId: "" }] = await withOrg(ctx.database.db, { orgId: null, userId: coordinator }, (tx) =>
      tx
        .select({ orgId: memberships.orgId })
        .from(memberships)
        .where(and(eq(memberships.userId, coordinator), eq(memberships.role, "coordinator"))),
    );
    await withOrg(ctx.database.db, { orgId, userId: null }, (tx) =>
      tx.insert(memberships).values({ orgId, userId: coordinator, role: "school_leader" }),
    );

    for (const email of [
      DEMO_ACCOUNTS.teacher8,
      DEMO_TEACHER_GROUP_4,
      DEMO_ACCOUNTS.leader,
      DEMO_ACCOUNTS.advisor,
      DEMO_ACCOUNTS.parent,
      DEMO_ACCOUNTS.networkParent,
    ])
      await deleteAs(email);
    expect((await signIn(ctx, DEMO_ACCOUNTS.coordinator).then((c) => c.get("/conversations"))).status).toBe(200);
  });

  it("deletes the sign-in and invitation mails still in the outbox with the account", async () => {
    const leader = await signIn(ctx, DEMO_ACCOUNTS.daycareLeader);
    const email = "nieuwe.collega@zonnetje.example";
    const invited = await leader.post("/organisation/staff/invite", {
      name: "Nieuwe Collega",
      email,
      roles: "teacher",
    });
    expect(invited.status).toBe(303);
    await acceptMailedInvitation(ctx, email);
    await deleteAs(email);
    expect(await mailsTo(email)).toEqual([]);
    expect(await mailsTo(DEMO_ACCOUNTS.parent)).toEqual([]);
  });
});
