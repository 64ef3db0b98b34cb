/**
 * Samen as two processes on one PostgreSQL database, as behind a proxy that sends each request
 * to either (issue 16): a parent signs in, books and reads the flash message, a leader makes a
 * measurement whose invitations are mailed once although both processes run the job workers,
 * a teacher answers it, and the sign-in and invitation rate limits count across both, with every
 * request alternating between the processes. The embedded database is one process's own: there a
 * second process on the same data directory refuses to start.
 */
import { describe, expect, it } from "vitest";
import { TestClient, type Requester } from "../helpers/app.js";
import { unique } from "../helpers/factories.js";
import { useServerTarget } from "../helpers/cli.js";
import { startScript, startServer, exitWithin } from "../helpers/processes.js";
import { signInOverHttp } from "./load.js";
import { createConversationSchool, createRoundWithSlots } from "../../src/features/conversations/testing/fixtures.js";
import { slotsOf } from "../../src/features/conversations/testing/queries.js";

const target = useServerTarget();
const onPostgres = Boolean(process.env.DATABASE_URL);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends each request to the next server in turn, as a round-robin proxy would; counts per server. */
function alternating(urls: string[]): Requester & { served: number[] } {
  let next = 0;
  const served = urls.map(() => 0);
  return {
    served,
    request: (url, init) => {
      const index = next++ % urls.length;
      served[index]!++;
      const { pathname, search } = new URL(url);
      return fetch(`${urls[index]}${pathname}${search}`, { ...init, redirect: "manual" });
    },
  };
}

async function seed() {
  const database = await target().open();
  try {
    const school = await createConversationSchool(database.db);
    const { round } = await createRoundWithSlots(database.db, school);
    const slots = await slotsOf(database.db, school.orgId, round.id, school.teacher.id);
    return { school, round, slots };
  } finally {
    await database.close();
  }
}

const schoolDay = (days: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date(Date.now() + days * 86_400_000));

/** The mails in the shared outbox to `email` whose text contains `marker`. */
async function mailsTo(client: TestClient, email: string, marker: string): Promise<number> {
  const outbox = await (await client.get("/dev/outbox")).text();
  return outbox.split("<article").filter((mail) => mail.includes(email) && mail.includes(marker)).length;
}

/** PostgreSQL: one booking, one questionnaire and one rate limit, whichever answers; each job once. */
async function twoProcessesServeOneDatabase() {
  const { school, round, slots } = await seed();
  const servers = [await startServer(target().env), await startServer(target().env)];
  const proxy = alternating(servers.map((s) => s.url));

  const parent = await signInOverHttp(new TestClient(proxy), school.parent.email);
  const page = `/conversations/rounds/${round.id}/book`;
  expect(await (await parent.get(page)).text()).toContain(slots[0]!.id);
  const booked = await parent.post(page, { pupilId: school.child.id, slotId: slots[0]!.id });
  expect(booked.status).toBe(303);
  expect(await (await parent.get(page)).text()).toContain("Uw gesprek is gepland.");

  const leader = await signInOverHttp(new TestClient(proxy), school.leader.email);
  const created = await leader.post("/organisation/measurements", {
    title: "Meting over twee processen",
    kind: "baseline",
    opensOn: schoolDay(0),
    closesOn: schoolDay(14),
    team: "on",
  });
  expect(created.status).toBe(303);
  const measurement = created.headers.get("location")!;
  let invited = 0;
  for (let waited = 0; invited === 0 && waited < 60_000; waited += 500) {
    await sleep(500);
    invited = await mailsTo(leader, school.teacher.email, "/m/");
  }
  expect(invited).toBe(1);

  const outbox = await (await leader.get("/dev/outbox")).text();
  const mail = outbox.split("<article").find((m) => m.includes(school.teacher.email) && m.includes("/m/"))!;
  const link = mail.match(/\/m\/[A-Za-z0-9_-]{43}/)![0];
  const teacher = new TestClient(proxy);
  expect((await teacher.get(link)).status).toBe(200);
  const answered = await teacher.post(`${link}/1`, { "current:team.vision.1": "4", go: "next" });
  expect(answered.status).toBe(303);
  expect((await teacher.post(`${link}/send`)).status).toBe(303);
  expect(await (await teacher.get(link)).text()).toContain("al ingevuld");

  const stranger = new TestClient(proxy);
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push((await stranger.post("/sign-in", { email: school.teacher.email })).status);
  expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);

  // So does the limit on invitations: three mails an hour to one address, whichever process sends them.
  const invitee = `vaak-${unique()}@example.nl`;
  const invitations: number[] = [];
  for (const roles of ["teacher", "mentor", "office", "coordinator"])
    invitations.push(
      (await leader.post("/organisation/staff/invite", { name: "Juf Vaak", email: invitee, roles })).status,
    );
  expect(invitations).toEqual([303, 303, 303, 429]);

  // Both processes served, both are still up, and the invitation job ran once: one mail.
  await sleep(3_000);
  expect(await mailsTo(leader, school.teacher.email, "/m/")).toBe(1);
  expect((await leader.get(measurement)).status).toBe(200);
  expect(proxy.served.every((n) => n > 5)).toBe(true);
  expect(servers.map((s) => s.child.exitCode)).toEqual([null, null]);
}

/** The embedded database: a second process refuses the data directory the first is using, and says why. */
async function secondProcessRefused() {
  const first = await startServer(target().env);
  const second = startScript("src/server.ts", [], { ...target().env, PORT: "0", HOST: "127.0.0.1", DEMO: "false" });
  expect(await exitWithin(second, 60_000)).not.toBe(0);
  expect(second.output()).toContain("is in use by another Samen process");
  expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
}

describe("more than one server process", { timeout: 300_000 }, () => {
  it("share a PostgreSQL database whichever answers, and never share an embedded one", async () => {
    if (onPostgres) await twoProcessesServeOneDatabase();
    else await secondProcessRefused();
  });
});
