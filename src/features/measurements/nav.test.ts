import { expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";

const ctx = useTestContext();

it("puts Metingen in the header for the school leader, not for a teacher or a parent", async () => {
  const school = await createSchool(ctx.database.db);
  const link = '<a href="/organisation/measurements">Metingen</a>';
  const header = async (email: string) => (await (await signIn(ctx, email)).get("/home")).text();
  expect(await header(school.leader.email)).toContain(link);
  expect(await header(school.teacher.email)).not.toContain(link);
  expect(await header(school.parent.email)).not.toContain(link);
});
