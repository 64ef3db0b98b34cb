import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { lastMailTo, signIn, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { unique } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { memberships, users } from "../../db/schema/index.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { acceptMailedInvitation } from "../../../tests/helpers/invitations.js";

const ctx = useTestContext();

describe("advisors", () => {
  it("invites an advisor, who accepts from the mail and then finds the organisation among the ones they guide", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const email = `adviseur-${unique()}@example.nl`;
    const response = await leader.post("/organisation/advisors", { name: "Adviseur Els", email });
    expect(response.status).toBe(303);
    const invited = await (await leader.get("/organisation/advisors")).text();
    expect(invited).toContain("Adviseur Els");
    expect(invited).toContain("Nog niet aanvaard");
    expect((await lastMailTo(ctx, email))?.text).toContain("als adviseur");

    const advisor = await acceptMailedInvitation(ctx, email);
    expect(await (await leader.get("/organisation/advisors")).text()).not.toContain("Nog niet aanvaard");
    const home = await (await advisor.get("/home")).text();
    expect(home).toContain("Organisaties die ik begeleid");
    expect(home).toContain(school.org.name);
    expect((await advisor.get("/organisation")).status).toBe(403);
    // An advisor is not staff: the staff list does not show them.
    expect(await (await leader.get("/organisation/staff")).text()).not.toContain(email);
  });

  it("says on the invite form, as the staff form does, that the person must accept first", async () => {
    const { leader } = await leaderSignedIn(ctx);
    expect(await (await leader.get("/organisation/advisors")).text()).toContain(
      "De persoon krijgt de rollen pas als hij of zij de uitnodiging aanvaardt met de link in de e-mail.",
    );
    expect(await (await leader.get("/organisation/advisors", { "accept-language": "en" })).text()).toContain(
      "The person gets the roles only when they accept the invitation with the link in the e-mail.",
    );
  });

  it("removes an advisor, who then no longer sees the organisation", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const email = `weg-${unique()}@example.nl`;
    await leader.post("/organisation/advisors", { name: "Adviseur Piet", email });
    await acceptMailedInvitation(ctx, email);
    const [user] = await ctx.database.db.select().from(users).where(eq(users.email, email));

    const removed = await leader.post(`/organisation/advisors/${user!.id}/remove`);
    expect(removed.status).toBe(303);
    const rows = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .select()
        .from(memberships)
        .where(and(eq(memberships.orgId, school.orgId), eq(memberships.userId, user!.id))),
    );
    expect(rows).toEqual([]);
    const advisor = await signIn(ctx, email);
    expect(await (await advisor.get("/home")).text()).not.toContain(school.org.name);
  });

  it("refuses an invitation without a valid address", async () => {
    const { leader } = await leaderSignedIn(ctx);
    await expectRefused(await leader.post("/organisation/advisors", { name: "", email: "nergens" }), [
      "Vul dit veld in.",
      "Vul een geldig e-mailadres in",
    ]);
  });
});
