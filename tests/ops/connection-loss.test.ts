/**
 * A database server that ends the app's connections (a restart, a failover, an operator)
 * must not take the app down, also with requests in flight (issue 10, §1): each of them gets
 * an answer (the page, or the "try again" page with 503), /readyz says 503 while the database
 * is gone and 200 once it is back, no acknowledged write is lost, and jobs run afterwards.
 * On PostgreSQL the test ends every connection of the server's database under load, then
 * takes the database away for a while (a proxy between the app and PostgreSQL resets and
 * refuses connections). The embedded database runs inside the process: it has no connection
 * to lose, so there the test restarts the process on the same data directory instead.
 */
import pg from "pg";
import { describe, expect, it } from "vitest";
import { overHttp, TestClient } from "../helpers/app.js";
import { useServerTarget } from "../helpers/cli.js";
import { createSchool } from "../helpers/factories.js";
import { startServer, type Server } from "../helpers/processes.js";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy.js";
import { signInOverHttp, startLoad, waitForStatus, type LoadFigures } from "./load.js";

const target = useServerTarget();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Ends every other connection to the database of `url`, as an administrator would; returns how many. */
async function endConnections(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ ended: number }>(
      `select count(*) filter (where pg_terminate_backend(pid))::int as ended
       from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    );
    return rows[0]?.ended ?? 0;
  } finally {
    await client.end();
  }
}

/** The target's DATABASE_URL pointed at the proxy instead of PostgreSQL itself. */
function throughProxy(url: string, proxy: TcpProxy): string {
  const u = new URL(url);
  u.hostname = "127.0.0.1";
  u.port = String(proxy.port);
  return u.toString();
}

/** A school made in the database before the server starts. */
async function seedSchool() {
  const database = await target().open();
  try {
    return await createSchool(database.db);
  } finally {
    await database.close();
  }
}

/** PostgreSQL: backends ended under load, then the database gone for two seconds and back. */
async function losePostgres(url: string, proxy: TcpProxy, server: Server, probe: TestClient): Promise<number[]> {
  const ended: number[] = [];
  for (let i = 0; i < 3; i++) {
    ended.push(await endConnections(url));
    await sleep(400);
    expect(server.child.exitCode, server.output().slice(-3_000)).toBeNull();
  }
  proxy.cut();
  await waitForStatus(probe, "/readyz", 503);
  await sleep(2_000);
  proxy.restore();
  await waitForStatus(probe, "/readyz", 200);
  return ended;
}

/** A measurement for the team, created after the outage: its invitation job mails the teacher. */
async function invitationArrives(leader: TestClient, teacherEmail: string): Promise<boolean> {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
  const closesOn = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(
    new Date(Date.now() + 14 * 86_400_000),
  );
  const created = await leader.post("/organisation/measurements", {
    title: "Meting na de storing",
    kind: "baseline",
    opensOn: today,
    closesOn,
    team: "on",
  });
  expect(created.status).toBe(303);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const outbox = await (await leader.get("/dev/outbox")).text();
    if (outbox.split("<article").some((mail) => mail.includes(teacherEmail) && mail.includes("/m/"))) return true;
    await sleep(500);
  }
  return false;
}

/** Every acknowledged conversation request, opened by its parent: the note must be there. */
async function missingWrites(parent: TestClient, acknowledged: Map<string, string>): Promise<string[]> {
  const missing: string[] = [];
  for (const [id, note] of acknowledged) {
    const page = await parent.get(`/conversations/requests/${id}`);
    if (page.status !== 200 || !(await page.text()).includes(note)) missing.push(`${id} (${note})`);
  }
  return missing;
}

describe("losing the database under load", { timeout: 300_000 }, () => {
  it("keeps the server up, answers every request, recovers and loses no acknowledged write", async () => {
    const school = await seedSchool();
    const url = target().env.DATABASE_URL;
    const proxy = url ? await startTcpProxy({ host: new URL(url).hostname, port: Number(new URL(url).port) }) : null;
    const env = url && proxy ? { ...target().env, DATABASE_URL: throughProxy(url, proxy) } : target().env;
    let server: Server = await startServer(env);
    const clients = () => {
      const requester = overHttp(server.url);
      return { requester, probe: new TestClient(requester) };
    };
    // One requester per client, re-pointed when the embedded database's process restarts.
    let http = clients();
    const via = { request: (u: string, init: RequestInit) => http.requester.request(u, init) };
    const parent = await signInOverHttp(new TestClient(via), school.parent.email);
    const leader = await signInOverHttp(new TestClient(via), school.leader.email);

    const load = startLoad(parent, school.child.id);
    await sleep(2_000);
    let ended: number[] = [];
    let figures: LoadFigures;
    if (url && proxy) {
      ended = await losePostgres(url, proxy, server, http.probe);
      await sleep(2_000);
      figures = await load.stop();
      expect(server.child.exitCode).toBeNull();
    } else {
      figures = await load.stop();
      server.child.kill("SIGTERM");
      expect(await server.exited).toBe(0);
      server = await startServer(env);
      http = clients();
    }
    await waitForStatus(http.probe, "/readyz", 200);
    console.info(
      `connection loss: ${JSON.stringify({
        ended,
        sent: figures.sent,
        answered: figures.answered,
        tryAgain: figures.tryAgain,
        acknowledged: figures.acknowledged.size,
      })}`,
    );

    expect(figures.failures).toEqual([]);
    expect(figures.answered).toBe(figures.sent);
    if (url) expect(ended.every((n) => n > 0)).toBe(true);
    if (url) expect(figures.tryAgain).toBeGreaterThan(0);
    expect(figures.acknowledged.size).toBeGreaterThan(0);
    expect(await missingWrites(parent, figures.acknowledged)).toEqual([]);
    expect(await invitationArrives(leader, school.teacher.email)).toBe(true);
    expect(server.child.exitCode).toBeNull();
    await proxy?.close();
  });
});
