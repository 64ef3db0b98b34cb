/** Every route of the organisation area refuses teachers, parents and strangers. */
import { beforeAll, describe, expect, it } from "vitest";
import { signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { locations } from "../../db/schema/index.js";

let school: Awaited<ReturnType<typeof createSchool>>;
let routes: [method: "GET" | "POST", path: string][];

const ctx = useTestContext();
beforeAll(async () => {
  school = await createSchool(ctx.database.db);
  const [location] = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
    tx.insert(locations).values({ orgId: school.orgId, name: "Hoofdgebouw" }).returning(),
  );
  const staff = `/organisation/staff/${school.teacher.id}`;
  const place = `/organisation/locations/${location!.id}`;
  routes = [
    ["GET", "/organisation"],
    ["GET", "/organisation/settings"],
    ["POST", "/organisation/settings"],
    ["GET", "/organisation/locations"],
    ["POST", "/organisation/locations"],
    ["GET", place],
    ["POST", place],
    ["POST", `${place}/remove`],
    ["GET", "/organisation/staff"],
    ["GET", "/organisation/staff/invite"],
    ["POST", "/organisation/staff/invite"],
    ["GET", staff],
    ["POST", `${staff}/roles`],
    ["POST", `${staff}/remove`],
    ["GET", "/organisation/advisors"],
    ["POST", "/organisation/advisors"],
    ["POST", `/organisation/advisors/${school.leader.id}/remove`],
  ];
});

const form = {
  name: "Overgenomen",
  type: "primary",
  registrationCode: "99ZZ",
  email: "x@example.nl",
  roles: "school_leader",
};

describe("access to the organisation area", () => {
  it("gives a teacher and a parent 403 on every route, and changes nothing", async () => {
    for (const email of [school.teacher.email, school.parent.email]) {
      const client = await signIn(ctx, email);
      for (const [method, path] of routes) {
        const response = method === "GET" ? await client.get(path) : await client.post(path, form);
        expect({ method, path, status: response.status }).toEqual({ method, path, status: 403 });
      }
    }
    const leader = await signIn(ctx, school.leader.email);
    const overview = await (await leader.get("/organisation")).text();
    expect(overview).toContain(school.org.name);
    expect(overview).not.toContain("Overgenomen");
  });

  it("sends someone who is not signed in to the sign-in page", async () => {
    const client = new TestClient(ctx.app);
    for (const [method, path] of routes) {
      const response = method === "GET" ? await client.get(path) : await client.post(path, form);
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toContain("/sign-in");
    }
  });
});
