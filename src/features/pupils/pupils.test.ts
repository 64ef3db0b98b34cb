import { beforeAll, describe, expect, it } from "vitest";
import { orgRows } from "../../../tests/helpers/org-rows.js";
import { signIn, type TestClient, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { pupils } from "../../db/schema/index.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

const idFrom = (response: Response) => response.headers.get("location")!.split("/").pop()!;

async function pupilsOf(orgId: string) {
  return orgRows(ctx.database.db, pupils, orgId);
}

const pupilFields = (over: Record<string, string> = {}) => ({
  firstName: "Saar",
  surnamePrefix: "de",
  surname: "Vries",
  dateOfBirth: "2018-03-14",
  pupilNumber: "",
  groupId: "",
  ...over,
});

describe("a leader sets up a group, a pupil and a guardian", () => {
  it("links them so the guardian can sign in and sees the child on their home page", async () => {
    const { school, leader } = await leaderSignedIn(ctx);

    const group = await leader.post("/organisation/groups", { name: "Groep 3", schoolYearId: school.year.id });
    const groupId = idFrom(group);
    const pupil = await leader.post("/organisation/pupils", pupilFields({ pupilNumber: "3001", groupId }));
    expect(pupil.status).toBe(303);
    const pupilId = idFrom(pupil);

    const email = `Mama.${pupilId.slice(0, 8)}@Example.nl`;
    const guardian = await leader.post("/organisation/guardians", {
      name: "Fatima de Vries",
      email,
      phone: "06 12345678",
      pupilId: "",
    });
    expect(guardian.status).toBe(303);
    const guardianId = idFrom(guardian);
    const linked = await leader.post(`/organisation/pupils/${pupilId}/guardians`, { guardianId });
    expect(linked.status).toBe(303);

    const detail = await (await leader.get(`/organisation/pupils/${pupilId}`)).text();
    expect(detail).toContain("Saar de Vries");
    expect(detail).toContain("Fatima de Vries");
    expect(detail).toContain("Groep 3 (2026-2027)");

    const parent = await signIn(ctx, email.toLowerCase());
    const home = await (await parent.get("/home")).text();
    expect(home).toContain("Saar de Vries");
    expect(home).toContain("Groep: Groep 3");
    expect((await parent.get("/organisation/pupils")).status).toBe(403);
  });

  it("adds a new guardian straight from the pupil's page", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const response = await leader.post("/organisation/guardians", {
      name: "Opa Jan",
      email: "",
      phone: "",
      pupilId: school.child.id,
    });
    expect(response.headers.get("location")).toBe(`/organisation/pupils/${school.child.id}`);
    expect(await (await leader.get(`/organisation/pupils/${school.child.id}`)).text()).toContain("Opa Jan");
  });
});

describe("pupil validation", () => {
  let school: Awaited<ReturnType<typeof createSchool>>;
  let leader: TestClient;
  beforeAll(async () => {
    school = await createSchool(ctx.database.db);
    leader = await signIn(ctx, school.leader.email);
  });

  it("refuses a pupil number that is taken with a clear message, and changes nothing", async () => {
    const before = await pupilsOf(school.orgId);
    await expectRefused(
      await leader.post("/organisation/pupils", pupilFields({ pupilNumber: school.child.pupilNumber! })),
      ["Dit leerlingnummer hoort al bij een andere leerling.", 'aria-invalid="true"', 'value="Saar"'],
    );
    expect(await pupilsOf(school.orgId)).toHaveLength(before.length);

    const edit = await leader.post(
      `/organisation/pupils/${school.other.id}/edit`,
      pupilFields({ pupilNumber: school.child.pupilNumber! }),
    );
    expect(edit.status).toBe(422);
    const other = (await pupilsOf(school.orgId)).find((p) => p.id === school.other.id);
    expect(other?.firstName).toBe("Ander");
  });

  it("refuses impossible, future and absurdly old dates of birth, in Dutch and English", async () => {
    for (const [date, message] of [
      ["31-02-2018", "Vul een geldige datum in."],
      ["2099-01-01", "De geboortedatum ligt in de toekomst."],
      ["1901-01-01", "Deze geboortedatum is te lang geleden."],
      ["gisteren", "Vul een geldige datum in."],
    ] as const) {
      await expectRefused(await leader.post("/organisation/pupils", pupilFields({ dateOfBirth: date })), [message]);
    }
    await leader.post("/language", { locale: "en", back: "/home" });
    const english = await leader.post("/organisation/pupils", pupilFields({ dateOfBirth: "2099-01-01", surname: "" }));
    const html = await english.text();
    expect(html).toContain("The date of birth is in the future.");
    expect(html).toContain("Please fill in this field.");
    await leader.post("/language", { locale: "nl", back: "/home" });
    expect((await pupilsOf(school.orgId)).some((p) => p.firstName === "Saar")).toBe(false);
  });

  it("treats fields a client left out as empty", async () => {
    const response = await leader.post("/organisation/pupils", { firstName: "Mo", surname: "Kort" });
    expect(response.status).toBe(303);
    await expectRefused(await leader.post("/organisation/pupils", { surname: "Kort" }), ["Vul dit veld in."]);
  });

  it("accepts a Dutch date and stores it as a date", async () => {
    const response = await leader.post(
      "/organisation/pupils",
      pupilFields({ dateOfBirth: "14-3-2018", firstName: "Daan" }),
    );
    expect(response.status).toBe(303);
    const stored = (await pupilsOf(school.orgId)).find((p) => p.firstName === "Daan");
    expect(stored?.dateOfBirth).toBe("2018-03-14");
  });
});

describe("finding, changing, moving and archiving pupils", () => {
  it("searches by name or number, filters by group and pages through a school of 1,500 pupils", async () => {
    const school = await createSchool(ctx.database.db);
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.insert(pupils).values(
        Array.from({ length: 1500 }, (_, i) => ({
          orgId: school.orgId,
          pupilNumber: `N${10000 + i}`,
          firstName: `Leerling${i}`,
          surname: "Zandberg",
          groupId: school.groupB.id,
        })),
      ),
    );
    const leader = await signIn(ctx, school.leader.email);
    const first = await (await leader.get("/organisation/pupils")).text();
    expect(first).toContain("Gevonden leerlingen: 1502");
    expect(first).toContain("Pagina 1 van 31");
    const third = await (await leader.get("/organisation/pupils?page=31")).text();
    expect(third).toContain("Pagina 31 van 31");
    expect(third).not.toContain("Volgende pagina");

    const byNumber = await (await leader.get("/organisation/pupils?q=N10007")).text();
    expect(byNumber).toContain("Gevonden leerlingen: 1");
    expect(byNumber).toContain("Leerling7 Zandberg");
    const byName = await (await leader.get("/organisation/pupils?q=kind%20eigen")).text();
    expect(byName).toContain("Gevonden leerlingen: 1");
    const byGroup = await (await leader.get(`/organisation/pupils?group=${school.groupA.id}`)).text();
    expect(byGroup).toContain("Gevonden leerlingen: 1");
    const wildcard = await (await leader.get("/organisation/pupils?q=%25")).text();
    expect(wildcard).toContain("Gevonden leerlingen: 0");
  });

  it("edits a pupil, moves them to another group and archives them after a confirmation", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const base = `/organisation/pupils/${school.child.id}`;

    const form = await (await leader.get(`${base}/edit`)).text();
    expect(form).toContain('value="Kind"');
    const edited = await leader.post(
      `${base}/edit`,
      pupilFields({ firstName: "Kim", surname: "Eigen", groupId: school.groupA.id }),
    );
    expect(edited.status).toBe(303);

    const moved = await leader.post(`${base}/move`, { groupId: school.groupB.id });
    expect(moved.status).toBe(303);
    expect((await pupilsOf(school.orgId)).find((p) => p.id === school.child.id)?.groupId).toBe(school.groupB.id);

    const confirm = await leader.get(`${base}/archive`);
    expect(await confirm.text()).toContain("Ja, archiveer deze leerling");
    const archived = await leader.post(`${base}/archive`);
    expect(archived.headers.get("location")).toBe("/organisation/pupils");
    expect((await pupilsOf(school.orgId)).find((p) => p.id === school.child.id)?.archivedAt).not.toBeNull();
    expect(await (await leader.get("/organisation/pupils")).text()).not.toContain("Kim Eigen");
    expect((await leader.get(base)).status).toBe(404);

    const parent = await signIn(ctx, school.parent.email);
    expect(await (await parent.get("/home")).text()).not.toContain("Kim Eigen");
  });

  it("lets a teacher read pupils of their own group only", async () => {
    const school = await createSchool(ctx.database.db);
    const teacher = await signIn(ctx, school.teacher.email);
    const own = await teacher.get(`/organisation/pupils/${school.child.id}`);
    const html = await expectPage(own, ["Ouder"]);
    expect(html).not.toContain("Gegevens wijzigen");
    expect((await teacher.get(`/organisation/pupils/${school.other.id}`)).status).toBe(404);
    expect((await teacher.get("/organisation/pupils")).status).toBe(403);
    expect((await teacher.get("/organisation/pupils/new")).status).toBe(403);
    expect((await teacher.post(`/organisation/pupils/${school.child.id}/archive`)).status).toBe(403);
    expect((await teacher.post("/organisation/pupils", pupilFields())).status).toBe(403);
  });
});
