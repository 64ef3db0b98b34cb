/**
 * A parent's profile as saved and read by other features, and in the parent's data export.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import type { School } from "../../../tests/helpers/isolation.js";
import { withOrg } from "../../db/client.js";
import { currentParents, networkOfPerson, networkProfileOf } from "./index.js";
import { addParent, saveProfileOf } from "./testing/fixtures.js";

const ctx = useTestContext();
let school: School;
beforeAll(async () => {
  school = await createSchool(ctx.database.db);
});

const inSchool = <T>(fn: Parameters<typeof withOrg<T>>[2]) =>
  withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, fn);

describe("a parent's network profile", () => {
  it("is none until saved; once saved other features read its languages, and the parents' groups", async () => {
    const parent = await addParent(ctx, school, "B", "Ayşe Yılmaz");
    expect(await inSchool((tx) => networkProfileOf(tx, school.orgId, parent.id))).toBeNull();
    await saveProfileOf(ctx, school, parent.id, { languages: ["tr", "nl"], skills: "Koken", tags: ["koken"] });
    const profile = await inSchool((tx) => networkProfileOf(tx, school.orgId, parent.id));
    expect(profile).toMatchObject({ languages: ["tr", "nl"], skills: "Koken", visibility: "nobody" });
    const parents = await inSchool((tx) => currentParents(tx, school.orgId));
    expect(parents.get(parent.id)?.groups.map((g) => g.groupName)).toEqual(["Groep B"]);
    expect(parents.get(school.parent.id)?.groups.map((g) => g.groupName)).toEqual(["Groep A"]);
  });

  it("goes into the parent's export and nothing of another parent's", async () => {
    const parent = await addParent(ctx, school, "A");
    await saveProfileOf(ctx, school, parent.id, { about: "Ik help graag" });
    const data = await inSchool((tx) => networkOfPerson(tx, school.orgId, parent.id));
    expect(data.profile?.about).toBe("Ik help graag");
    expect(data.answers).toEqual([]);
    const mine = await inSchool((tx) => networkOfPerson(tx, school.orgId, school.parent.id));
    expect(mine.profile).toBeNull();
  });
});
