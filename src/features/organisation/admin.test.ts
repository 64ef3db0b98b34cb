import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { followMailedLink, lastMailTo, signIn, useTestContext } from "../../../tests/helpers/app.js";
import { brinCode, createSchool, createUser, unique } from "../../../tests/helpers/factories.js";
import { organisations, users } from "../../db/schema/index.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

async function signInAdmin() {
  const admin = await createUser(ctx.database.db, { name: "Beheerder", isPlatformAdmin: true });
  return signIn(ctx, admin.email);
}

describe("platform admin: organisations", () => {
  it("lists every organisation with its type, code and counts", async () => {
    const school = await createSchool(ctx.database.db);
    const admin = await signInAdmin();
    const response = await admin.get("/admin/organisations");
    const html = await expectPage(response);
    const row = html.slice(html.indexOf(school.org.name));
    expect(row).toMatch(
      new RegExp(
        `${school.org.name}</th><td[^>]*>Basisschool</td><td[^>]*>${school.org.registrationCode}</td><td[^>]*>2</td><td[^>]*>2</td><td[^>]*>2</td>`,
      ),
    );
  });

  it("creates an organisation and invites its first leader, who can sign in and manage it", async () => {
    const admin = await signInAdmin();
    const code = brinCode();
    const email = `leider-${unique()}@example.nl`;
    const name = `Nieuwe School ${unique()}`;
    const response = await admin.post("/admin/organisations/new", {
      name,
      type: "primary",
      registrationCode: code,
      leaderName: "Directeur Ria",
      leaderEmail: email,
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/admin/organisations");
    expect(await (await admin.get("/admin/organisations")).text()).toContain(name);

    expect((await lastMailTo(ctx, email))?.subject).toBe(`Uitnodiging voor ${name} in Samen`);
    const leader = await followMailedLink(ctx, email);
    const home = await (await leader.get("/home")).text();
    expect(home).toContain(`U werkt nu in ${name}`);
    expect(home).toContain("Uw rollen hier: schoolleider");
    expect((await leader.get("/organisation")).status).toBe(200);
  });

  it("creates nothing when the code is taken or the form is incomplete", async () => {
    const code = brinCode();
    await createSchool(ctx.database.db, { registrationCode: code });
    const admin = await signInAdmin();
    const email = `niet-${unique()}@example.nl`;
    const name = `Dubbel ${unique()}`;
    await expectRefused(
      await admin.post("/admin/organisations/new", {
        name,
        type: "primary",
        registrationCode: code.toLowerCase(),
        leaderName: "Iemand",
        leaderEmail: email,
      }),
      ["Deze code hoort al bij een andere organisatie"],
    );
    const incomplete = await admin.post("/admin/organisations/new", {
      name: "",
      type: "primary",
      registrationCode: "",
    });
    expect(incomplete.status).toBe(422);
    expect(await ctx.database.db.select().from(organisations).where(eq(organisations.name, name))).toEqual([]);
    expect(await ctx.database.db.select().from(users).where(eq(users.email, email))).toEqual([]);
    expect(await lastMailTo(ctx, email)).toBeNull();
  });

  it("gives everyone else 403 on /admin/*", async () => {
    const school = await createSchool(ctx.database.db);
    for (const email of [school.leader.email, school.teacher.email, school.parent.email]) {
      const client = await signIn(ctx, email);
      expect((await client.get("/admin/organisations")).status).toBe(403);
      expect((await client.get("/admin/organisations/new")).status).toBe(403);
      expect((await client.get("/admin/anything")).status).toBe(403);
      const post = await client.post("/admin/organisations/new", {
        name: "Stiekem",
        type: "primary",
        registrationCode: brinCode(),
        leaderName: "X",
        leaderEmail: `stiekem-${unique()}@example.nl`,
      });
      expect(post.status).toBe(403);
    }
    expect(await ctx.database.db.select().from(organisations).where(eq(organisations.name, "Stiekem"))).toEqual([]);
  });
});
