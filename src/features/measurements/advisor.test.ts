/**
 * An advisor whom a school invited reads that school's measurements and results, and changes
 * nothing: no buttons to create, remind, close or delete, and the server refuses each of them.
 * A school that did not invite them stays closed.
 */
import { expect, it } from "vitest";
import { signIn, type TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool, unique } from "../../../tests/helpers/factories.js";
import { createMeasurementAs } from "./testing.js";
import { expectPage } from "../../../tests/helpers/page.js";
import { acceptMailedInvitation } from "../../../tests/helpers/invitations.js";

const ctx = useTestContext();

const base = "/organisation/measurements";

async function invite(leader: TestClient, email: string) {
  expect((await leader.post("/organisation/advisors", { name: "Adviseur Els", email })).status).toBe(303);
}

it("lets an invited advisor into the school's measurements and results, read-only, and nowhere else", async () => {
  const school = await createSchool(ctx.database.db);
  const other = await createSchool(ctx.database.db);
  const leader = await signIn(ctx, school.leader.email);
  const otherLeader = await signIn(ctx, other.leader.email);
  const email = `adviseur-${unique()}@example.nl`;
  await invite(leader, email);
  const id = await createMeasurementAs(leader, { title: "Nulmeting advies", parents: school.groupA.id });
  const hidden = await createMeasurementAs(otherLeader, { title: "Niet voor de adviseur" });
  // The advisor accepts the invitation through the mailed link: only then do they guide the school.
  const advisor = await acceptMailedInvitation(ctx, email);

  // Home leads into the school's measurements; the header has Metingen.
  const home = await (await advisor.get("/home")).text();
  expect(home).toContain(`<a href="${base}">Metingen van ${school.org.name}</a>`);
  expect(home).toContain(`<a href="${base}">Metingen</a>`);

  const list = await advisor.get(base);
  const listHtml = await expectPage(list, ["Nulmeting advies"]);
  expect(listHtml).not.toContain("Nieuwe meting");
  expect(listHtml).not.toContain("Niet voor de adviseur");

  const open = await (await advisor.get(`${base}/${id}`)).text();
  expect(open).toContain("Nulmeting advies");
  for (const action of ["Meting nu sluiten", "Herinnering sturen", "Meting verwijderen", "afdrukken", "/m/open/"])
    expect(open).not.toContain(action);

  // Every write, and the pages that lead to one, answer 403, and change nothing.
  const refused = [
    await advisor.get(`${base}/new`),
    await advisor.post(base, { title: "Van de adviseur", kind: "baseline" }),
    await advisor.post(`${base}/${id}/simulate`),
    await advisor.get(`${base}/${id}/remind`),
    await advisor.post(`${base}/${id}/remind`),
    await advisor.get(`${base}/${id}/print`),
    await advisor.get(`${base}/${id}/close`),
    await advisor.post(`${base}/${id}/close`),
    await advisor.get(`${base}/${id}/delete`),
    await advisor.post(`${base}/${id}/delete`),
  ];
  expect(refused.map((response) => response.status)).toEqual(refused.map(() => 403));
  expect(await (await leader.get(`${base}/${id}`)).text()).toContain("Meting nu sluiten");
  expect(await (await leader.get(base)).text()).not.toContain("Van de adviseur");

  await leader.post(`${base}/${id}/simulate`);
  await leader.post(`${base}/${id}/close`);
  const results = await advisor.get(`${base}/${id}/results`);
  const resultsHtml = await expectPage(results, ["Kwaliteitsthermometer", `${base}/${id}/export/report.pdf`]);
  expect(resultsHtml).not.toContain(`${base}/${id}/export/responses.csv`);
  expect((await advisor.get(`${base}/${id}/export/report.pdf`)).status).toBe(200);
  expect((await advisor.get(`${base}/${id}/export/responses.csv`)).status).toBe(403);
  expect((await advisor.get(`${base}/compare`)).status).toBe(200);

  // The school that did not invite them: neither its measurement nor a way to switch there.
  expect((await advisor.get(`${base}/${hidden}`)).status).toBe(404);
  expect((await advisor.post("/home/organisation", { orgId: other.orgId, next: base })).status).toBe(403);
});

it("switches an advisor of two schools into the other school's measurements with one button", async () => {
  const first = await createSchool(ctx.database.db);
  const second = await createSchool(ctx.database.db);
  const email = `adviseur-${unique()}@example.nl`;
  await invite(await signIn(ctx, first.leader.email), email);
  const secondLeader = await signIn(ctx, second.leader.email);
  await invite(secondLeader, email);
  await createMeasurementAs(secondLeader, { title: "Meting van de tweede school" });
  // Both schools' invitations wait for the advisor's consent; the advisor accepts them from the mailed link.
  const advisor = await acceptMailedInvitation(ctx, email);

  const home = await (await advisor.get("/home")).text();
  const elsewhere = [first, second].find(
    (school) => !home.includes(`<a href="${base}">Metingen van ${school.org.name}`),
  )!;
  expect(home).toContain(`name="orgId" value="${elsewhere.orgId}"`);
  const switched = await advisor.post("/home/organisation", { orgId: second.orgId, next: base });
  expect(switched.status).toBe(303);
  expect(switched.headers.get("location")).toBe(base);
  expect(await (await advisor.get(base)).text()).toContain("Meting van de tweede school");
});
