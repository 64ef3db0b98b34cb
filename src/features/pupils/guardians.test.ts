import { describe, expect, it } from "vitest";
import { orgRows } from "../../../tests/helpers/org-rows.js";
import { eq, sql } from "drizzle-orm";
import {
  lastMailTo,
  signIn,
  TestClient,
  useTestContext,
  leaderSignedIn,
  schoolSignedIn,
} from "../../../tests/helpers/app.js";
import { createSchool, createUser } from "../../../tests/helpers/factories.js";
import { guardians, outbox, users } from "../../db/schema/index.js";
import { expectAllRedirectTo, postAtOnce } from "../../../tests/helpers/double-submit.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();

const idFrom = (response: Response) => response.headers.get("location")!.split("/").pop()!;

async function guardiansOf(orgId: string) {
  return orgRows(ctx.database.db, guardians, orgId);
}

describe("guardians", () => {
  it("refuses an e-mail address another guardian here already has, in any case", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await expectRefused(
      await leader.post("/organisation/guardians", {
        name: "Dubbel",
        email: school.parent.email.toUpperCase(),
        phone: "",
      }),
      ["Dit e-mailadres hoort al bij een andere ouder of verzorger"],
    );
    expect(await guardiansOf(school.orgId)).toHaveLength(2);

    const edit = await leader.post(`/organisation/guardians/${school.otherGuardian.id}/edit`, {
      name: "Andere Ouder",
      email: school.parent.email,
      phone: "",
    });
    expect(edit.status).toBe(422);
  });

  it("links a guardian to the existing account with that address, and creates one when there is none", async () => {
    const school = await createSchool(ctx.database.db);
    const existing = await createUser(ctx.database.db, { name: "Al Bekend" });
    const leader = await signIn(ctx, school.leader.email);
    const known = await leader.post("/organisation/guardians", {
      name: "Bekend",
      email: existing.email.toUpperCase(),
      phone: "",
    });
    const fresh = await leader.post("/organisation/guardians", {
      name: "Nieuw Persoon",
      email: "nieuw.persoon@example.nl",
      phone: "",
    });
    const rows = await guardiansOf(school.orgId);
    expect(rows.find((g) => g.id === idFrom(known))?.userId).toBe(existing.id);
    const created = rows.find((g) => g.id === idFrom(fresh));
    const [account] = await ctx.database.db
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, "nieuw.persoon@example.nl"));
    expect(created?.userId).toBe(account?.id);
    expect(account?.name).toBe("Nieuw Persoon");
  });

  it("shows a clear message for a bad phone number or e-mail address", async () => {
    const { leader } = await leaderSignedIn(ctx);
    await expectRefused(
      await leader.post("/organisation/guardians", { name: "X", email: "geen-adres", phone: "bel mij" }),
      ["Vul een geldig e-mailadres in", "Vul een geldig telefoonnummer in"],
    );
  });

  it("sends an invitation with a working sign-in link in Dutch", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const email = `uitnodiging-${school.orgId.slice(0, 8)}@example.nl`;
    const guardianId = idFrom(await leader.post("/organisation/guardians", { name: "Petra", email, phone: "" }));
    await leader.post(`/organisation/pupils/${school.other.id}/guardians`, { guardianId });

    const invited = await leader.post(`/organisation/guardians/${guardianId}/invite`);
    expect(invited.status).toBe(303);
    const mail = await lastMailTo(ctx, email);
    expect(mail?.subject).toBe(`Uitnodiging voor Samen van ${school.org.name}`);
    expect(mail?.text).toContain("Hallo Petra");
    const token = mail!.text.match(/http:\/\/localhost:3000\/sign-in\/link\?token=([A-Za-z0-9_-]+)/)![1]!;

    const parent = new TestClient(ctx.app);
    expect((await parent.post("/sign-in/link", { token })).status).toBe(303);
    expect(await (await parent.get("/home")).text()).toContain("Ander Kind");
  });

  it("cannot invite a guardian without an e-mail address", async () => {
    const { leader } = await leaderSignedIn(ctx);
    const guardianId = idFrom(
      await leader.post("/organisation/guardians", { name: "Zonder Mail", email: "", phone: "" }),
    );
    await expectRefused(await leader.post(`/organisation/guardians/${guardianId}/invite`), [
      "Deze ouder heeft geen e-mailadres.",
    ]);
  });

  it("tells truthfully whether a guardian can sign in, has no account yet, or has no e-mail address", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const withAccount = await (await leader.get(`/organisation/guardians/${school.guardian.id}`)).text();
    expect(withAccount).toContain("Kan inloggen met het e-mailadres");
    expect(withAccount).toContain("Uitnodiging sturen");

    const notYet = await (await leader.get(`/organisation/guardians/${school.otherGuardian.id}`)).text();
    expect(notYet).toContain("Heeft nog geen account");
    expect(notYet).not.toContain("geen e-mailadres");
    expect(notYet).toContain(">Uitnodigen<");

    const guardianId = idFrom(
      await leader.post("/organisation/guardians", { name: "Zonder Mail", email: "", phone: "" }),
    );
    const none = await (await leader.get(`/organisation/guardians/${guardianId}`)).text();
    expect(none).toContain("Kan niet inloggen (geen e-mailadres)");
    expect(none).not.toContain("Uitnodig");

    const list = await (await leader.get("/organisation/guardians?q=ouder")).text();
    expect(list).toContain("Kan inloggen");
    expect(list).toContain("Nog geen account");
  });

  it("invites a guardian with an e-mail address but no account: links an account and mails the link", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const { otherGuardian } = school;
    const invited = await leader.post(`/organisation/guardians/${otherGuardian.id}/invite`);
    expect(invited.status).toBe(303);
    const mail = await lastMailTo(ctx, otherGuardian.email!);
    expect(mail?.subject).toBe(`Uitnodiging voor Samen van ${school.org.name}`);
    const [row] = (await guardiansOf(school.orgId)).filter((g) => g.id === otherGuardian.id);
    const [account] = await ctx.database.db.select().from(users).where(eq(users.email, otherGuardian.email!));
    expect(row?.userId).toBe(account?.id);
    expect(mail?.userId).toBe(account?.id);
    expect(await (await leader.get(`/organisation/guardians/${otherGuardian.id}`)).text()).toContain(
      "Kan inloggen met het e-mailadres",
    );

    const token = mail!.text.match(/sign-in\/link\?token=([A-Za-z0-9_-]+)/)![1]!;
    const parent = new TestClient(ctx.app);
    expect((await parent.post("/sign-in/link", { token })).status).toBe(303);
    expect(await (await parent.get("/home")).text()).toContain("Ander Kind");
  });

  it("mails one invitation for one press of Uitnodigen, however often the browser sends it", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const { otherGuardian } = school;
    const page = `/organisation/guardians/${otherGuardian.id}`;
    expectAllRedirectTo(await postAtOnce(leader, `${page}/invite`, {}, 3), page);
    const mails = await ctx.database.db.select().from(outbox).where(eq(outbox.to, otherGuardian.email!));
    expect(mails.map((m) => m.subject)).toEqual([`Uitnodiging voor Samen van ${school.org.name}`]);
    // A new press (a new form) mails again.
    expect((await leader.post(`${page}/invite`)).status).toBe(303);
    expect(await ctx.database.db.select().from(outbox).where(eq(outbox.to, otherGuardian.email!))).toHaveLength(2);
  });

  it("links the account when a guardian with an e-mail address but none is saved unchanged", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const { otherGuardian } = school;
    const saved = await leader.post(`/organisation/guardians/${otherGuardian.id}/edit`, {
      name: otherGuardian.name,
      email: otherGuardian.email!,
      phone: "",
    });
    expect(saved.status).toBe(303);
    const [row] = (await guardiansOf(school.orgId)).filter((g) => g.id === otherGuardian.id);
    expect(row?.userId).not.toBeNull();
  });

  it("lets only this organisation's managers invite its guardians", async () => {
    const { school, teacher, parent } = await schoolSignedIn(ctx);
    const other = await leaderSignedIn(ctx);
    const path = `/organisation/guardians/${school.otherGuardian.id}/invite`;
    expect((await other.leader.post(path)).status).toBe(404);
    expect((await teacher.post(path)).status).toBe(403);
    expect((await parent.post(path)).status).toBe(403);
    expect(await lastMailTo(ctx, school.otherGuardian.email!)).toBeNull();
  });

  it("lists and searches guardians, and unlinks a guardian from a pupil", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const list = await (await leader.get("/organisation/guardians?q=andere")).text();
    expect(list).toContain("Gevonden: 1");
    expect(list).toContain("Andere Ouder");

    const search = await (await leader.get(`/organisation/pupils/${school.child.id}?guardian=andere`)).text();
    expect(search).toContain("Koppel Andere Ouder");

    const unlink = await leader.post(`/organisation/pupils/${school.child.id}/guardians/${school.guardian.id}/unlink`);
    expect(unlink.status).toBe(303);
    const parent = await signIn(ctx, school.parent.email);
    expect(await (await parent.get("/home")).text()).not.toContain("Kind Eigen");
  });

  it("changing a guardian's e-mail address moves their sign-in to the new address", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const email = `nieuw-${school.orgId.slice(0, 8)}@example.nl`;
    const response = await leader.post(`/organisation/guardians/${school.guardian.id}/edit`, {
      name: "Ouder",
      email,
      phone: "",
    });
    expect(response.status).toBe(303);
    const parent = await signIn(ctx, email);
    expect(await (await parent.get("/home")).text()).toContain("Kind Eigen");
    const old = await signIn(ctx, school.parent.email);
    expect(await (await old.get("/home")).text()).not.toContain("Kind Eigen");
  });

  it("shows a teacher guardians of their own pupils only, read-only", async () => {
    const school = await createSchool(ctx.database.db);
    const teacher = await signIn(ctx, school.teacher.email);
    const own = await teacher.get(`/organisation/guardians/${school.guardian.id}`);
    expect(own.status).toBe(200);
    expect(await own.text()).not.toContain("Uitnodiging sturen");
    expect((await teacher.get(`/organisation/guardians/${school.otherGuardian.id}`)).status).toBe(404);
    expect((await teacher.get("/organisation/guardians")).status).toBe(403);
    expect((await teacher.post(`/organisation/guardians/${school.guardian.id}/invite`)).status).toBe(403);
  });
});
