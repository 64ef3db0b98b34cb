import { describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { orgRows } from "../../../tests/helpers/org-rows.js";
import { signIn, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { createSchool, createUser } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { auditLog, memberships } from "../../db/schema/index.js";
import { createPupil } from "./service/pupils.js";
import { InputError } from "../../web/input-error.js";
import { expectPage } from "../../../tests/helpers/page.js";
import {
  auditActions,
  auditEntities,
  platformAuditActions,
  platformAuditEntities,
  recordAudit,
  type AuditAction,
  type AuditEntity,
} from "../../audit/record.js";
import { en, nl } from "./messages.js";
import * as platformWords from "../organisation/messages.js";
import type { ImportPlan } from "../import/plan.js";

const ctx = useTestContext();

function entries(orgId: string) {
  return orgRows(ctx.database.db, auditLog, orgId);
}

describe("the audit trail", () => {
  it("records views and changes of pupils, guardians and groups by who did them", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const teacher = await signIn(ctx, school.teacher.email);

    await teacher.get(`/organisation/pupils/${school.child.id}`);
    await leader.get(`/organisation/guardians/${school.guardian.id}`);
    await leader.post(`/organisation/pupils/${school.child.id}/move`, { groupId: school.groupB.id });
    await leader.post(`/organisation/groups/${school.groupA.id}/rename`, { name: "Groep A1" });
    await leader.post(`/organisation/guardians/${school.otherGuardian.id}/edit`, {
      name: "Nieuwe Naam",
      email: "",
      phone: "",
    });
    await leader.post(`/organisation/pupils/${school.other.id}/archive`);

    const log = await entries(school.orgId);
    const has = (userId: string, action: string, entity: string, entityId: string) =>
      log.some((e) => e.userId === userId && e.action === action && e.entity === entity && e.entityId === entityId);
    expect(has(school.teacher.id, "view", "pupil", school.child.id)).toBe(true);
    expect(has(school.leader.id, "view", "guardian", school.guardian.id)).toBe(true);
    expect(has(school.leader.id, "move", "pupil", school.child.id)).toBe(true);
    expect(has(school.leader.id, "update", "group", school.groupA.id)).toBe(true);
    expect(has(school.leader.id, "update", "guardian", school.otherGuardian.id)).toBe(true);
    expect(has(school.leader.id, "archive", "pupil", school.other.id)).toBe(true);

    const page = await leader.get("/organisation/audit");
    await expectPage(page, ["Verplaatst · leerling", "Leraar", "Kind Eigen", "Naam gewijzigd"]);
  });

  it("names what every feature records in words, in Dutch and English", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: school.leader.id }, (tx) =>
      recordAudit(tx, { orgId: school.orgId, userId: school.leader.id, action: "answer", entity: "plan_response" }),
    );
    await expectPage(await leader.get("/organisation/audit"), ["Beantwoord · reactie op het plan"]);

    for (const catalog of [nl, en]) {
      const keys = Object.keys(catalog);
      expect(auditActions.filter((code) => !keys.includes(`pupils.audit.action.${code}`))).toEqual([]);
      expect(auditEntities.filter((code) => !keys.includes(`pupils.audit.entity.${code}`))).toEqual([]);
    }
    for (const catalog of [platformWords.nl, platformWords.en]) {
      const keys = Object.keys(catalog);
      expect(platformAuditActions.filter((code) => !keys.includes(`admin.audit.action.${code}`))).toEqual([]);
      expect(platformAuditEntities.filter((code) => !keys.includes(`admin.audit.entity.${code}`))).toEqual([]);
    }
  });

  it("says each entry's details in the viewer's language, not in the codes the features write", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const counts: ImportPlan["counts"] = {
      ...{ rowsValid: 5, rowsRejected: 1, pupilsToCreate: 4, pupilsToUpdate: 1, pupilsUnchanged: 0 },
      ...{ groupsToCreate: 2, guardiansToCreate: 3, guardiansToUpdate: 0, guardiansUnchanged: 1, linksToAdd: 6 },
    };
    const written: [AuditAction, AuditEntity, string][] = [
      ["create", "staff", "invitation: roles: teacher,mentor"],
      ["update", "staff", "roles: coordinator"],
      ["decline", "staff", "invitation declined by the invitee"],
      ["delete", "staff", "advisor"],
      ["create", "measurement", "baseline"],
      ["remind", "measurement", "round 2 (automatic)"],
      ["update", "pupil", "firstName, groupId"],
      ["update", "idea", "status:takenUp"],
      ["publish", "plan", "version:3 mailed:12"],
      ["import", "pupils", JSON.stringify(counts)],
    ];
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: school.leader.id }, async (tx) => {
      for (const [action, entity, detail] of written)
        await recordAudit(tx, { orgId: school.orgId, userId: school.leader.id, action, entity, detail });
    });
    const codes = [
      "teacher,mentor",
      "roles: coordinator",
      "invitee",
      ">advisor<",
      ">baseline<",
      "(automatic)",
      "groupId",
    ];
    codes.push("status:", "version:", "rowsValid");

    const dutch = await expectPage(await leader.get("/organisation/audit"), [
      "Uitnodiging voor de rollen: leraar, mentor",
      "Rollen: coördinator ouderbetrokkenheid",
      "Uitnodiging afgewezen door wie uitgenodigd was",
      "Als adviseur",
      "Nulmeting",
      "Herinneringsronde 2, vanzelf verstuurd",
      "Gewijzigd: roepnaam, groep",
      "Status: opgepakt",
      "Versie 3, aan 12 ouders gemaild",
      "Regels: 5 goed, 1 afgewezen. Leerlingen: 4 nieuw, 1 gewijzigd, 0 ongewijzigd.",
    ]);
    for (const code of codes) expect(dutch).not.toContain(code);

    await leader.post("/language", { locale: "en", back: "/organisation/audit" });
    const english = await expectPage(await leader.get("/organisation/audit"), [
      "Invitation for the roles: teacher, mentor",
      "Roles: parent involvement coordinator",
      "Invitation declined by the person invited",
      "As advisor",
      "Baseline measurement",
      "Reminder round 2, sent automatically",
      "Changed: first name, group",
      "Status: taken up",
      "Version 3, mailed to 12 parents",
      "Rows: 5 accepted, 1 rejected. Pupils: 4 new, 1 changed, 0 unchanged.",
    ]);
    for (const code of codes) expect(english).not.toContain(code);
  });

  it("writes nothing when a change is refused", async () => {
    const school = await createSchool(ctx.database.db);
    const before = (await entries(school.orgId)).length;
    await expect(
      createPupil({
        db: ctx.database.db,
        orgId: school.orgId,
        userId: school.leader.id,
        firstName: "Dubbel",
        surnamePrefix: null,
        surname: "Nummer",
        dateOfBirth: null,
        pupilNumber: school.child.pupilNumber,
        groupId: null,
      }),
    ).rejects.toBeInstanceOf(InputError);
    expect(await entries(school.orgId)).toHaveLength(before);
  });

  it("keeps the order in which one transaction wrote its entries, also within one tick of the clock", async () => {
    const school = await createSchool(ctx.database.db);
    const scope = { orgId: school.orgId, userId: school.leader.id };
    const actions: AuditAction[] = ["create", "open", "close", "delete"];
    for (let round = 0; round < 25; round++) {
      await withOrg(ctx.database.db, scope, async (tx) => {
        for (const action of actions)
          await recordAudit(tx, { ...scope, action, entity: "measurement", entityId: school.orgId });
      });
    }
    const written = await withOrg(ctx.database.db, scope, (tx) =>
      tx
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.entityId, school.orgId))
        .orderBy(asc(auditLog.at), asc(auditLog.id)),
    );
    expect(written.map((e) => e.action)).toEqual(Array.from({ length: 25 }, () => actions).flat());
  });

  it("is shown to the school leader only", async () => {
    const school = await createSchool(ctx.database.db);
    const office = await createUser(ctx.database.db);
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.insert(memberships).values({ orgId: school.orgId, userId: office.id, role: "office" }),
    );
    const officeClient = await signIn(ctx, office.email);
    expect((await officeClient.get("/organisation/audit")).status).toBe(403);
    expect(await (await officeClient.get("/organisation/groups")).text()).not.toContain("/organisation/audit");
    const teacher = await signIn(ctx, school.teacher.email);
    expect((await teacher.get("/organisation/audit")).status).toBe(403);
  });
});
