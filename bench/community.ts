/**
 * `npm run bench -- community [parents] [places]`: a volunteer task (hulpouders) with 20 places
 * and 500 parents of the group asked who press "Ik help mee" in the same moment, through the
 * feature's service (src/features/network/service/tasks.ts: the event's row locked per sign-up)
 * on the PostgreSQL server of DATABASE_URL (default the local one), in a fresh database dropped
 * afterwards. Prints how many were signed up (must be exactly the places), how many joined the
 * task's waiting list (every other parent: a full task takes a place in line, numbered 1..n),
 * whether every parent got an answer, and the latency; the baseline is the same 500
 * parents one at a time on a second task in the same run (ratio_p99_concurrent_to_sequential).
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { and, count, eq, like } from "drizzle-orm";
import "../src/features/index.js";
import { openDatabase, withOrg } from "../src/db/client.js";
import { eventSignups, users, volunteerTasks } from "../src/db/schema/index.js";
import { schoolDate } from "../src/lib/time/school-date.js";
import { createTask, signUpForTask } from "../src/features/network/service/tasks.js";
// Not tests/helpers/database.ts, which imports vitest (useFixture): a bench runs outside it.
import { query as adminQuery, withDatabase } from "../tests/helpers/postgres-template.js";
import { log, percentile, report, round } from "./lib.js";

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/postgres";

export async function run(args: string[]): Promise<void> {
  const parents = Number(args[0] ?? 500);
  const places = Number(args[1] ?? 20);
  const serverUrl = process.env.DATABASE_URL ?? DEFAULT_URL;
  const name = `samen_bench_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const database = await openDatabase({ url: withDatabase(serverUrl, name) });
  try {
    log(`${parents} parents of one group, a task of ${places} places`);
    await database.ownerExec(`
      insert into organisations (id, type, name, registration_code)
        values ('00000000-0000-4000-8000-000000000001', 'primary', 'Bench school', 'BENCH1');
      insert into school_years (org_id, id, name, starts_on, ends_on)
        values ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '2026-2027', '2026-08-01', '2027-07-31');
      insert into groups (org_id, id, school_year_id, name)
        values ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002', 'Groep 5');
      insert into users (email, name) select 'ouder' || i || '@example.nl', 'Ouder ' || i from generate_series(1, ${parents}) i;
      insert into users (email, name) values ('coordinator@example.nl', 'Coördinator');
      insert into memberships (org_id, user_id, role)
        select '00000000-0000-4000-8000-000000000001', id, 'coordinator' from users where email = 'coordinator@example.nl';
      insert into guardians (org_id, id, user_id, name, email)
        select '00000000-0000-4000-8000-000000000001', id, id, name, email from users where email like 'ouder%';
      insert into pupils (org_id, id, first_name, surname, group_id)
        select '00000000-0000-4000-8000-000000000001', id, 'Kind', name, '00000000-0000-4000-8000-000000000003' from guardians;
      insert into pupil_guardians (org_id, pupil_id, guardian_id) select org_id, id, id from guardians;
      analyze;`);
    const orgId = "00000000-0000-4000-8000-000000000001";
    const { db } = database;
    const [coordinator] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "coordinator@example.nl"));
    const userIds = (await db.select({ id: users.id }).from(users).where(like(users.email, "ouder%"))).map((r) => r.id);
    const scope = { db, orgId, userId: coordinator!.id };
    const date = schoolDate(new Date(Date.now() + 7 * 24 * 3600 * 1000));
    const input = (title: string) => ({
      title,
      date,
      startsAt: "09:00",
      endsAt: "12:00",
      place: "Schoolplein",
      needed: places,
      groupIds: ["00000000-0000-4000-8000-000000000003"],
      expected: "",
    });
    const race = await createTask({ ...scope, input: input("Burst") });
    const calm = await createTask({ ...scope, input: input("One at a time") });

    const signUp = async (userId: string, taskId: string) => {
      const started = performance.now();
      try {
        const outcome = await signUpForTask({ db, orgId, userId, taskId });
        const answer = !outcome.ok ? outcome.reason : outcome.waitingPosition === null ? "signedUp" : "waiting";
        return { ms: performance.now() - started, answer, position: outcome.ok ? outcome.waitingPosition : null };
      } catch (error) {
        return { ms: Number.NaN, answer: `error:${(error as Error).message.slice(0, 60)}`, position: null };
      }
    };

    log(`burst: ${parents} sign-ups at once for ${places} places`);
    const started = performance.now();
    const burst = await Promise.all(userIds.map((id) => signUp(id, race.taskId)));
    const seconds = (performance.now() - started) / 1000;
    log("the same sign-ups one at a time on a second task");
    const sequential = [];
    for (const id of userIds) sequential.push(await signUp(id, calm.taskId));

    const inDb = async (taskId: string, waiting: boolean) => {
      const [row] = await withOrg(db, { orgId, userId: null }, (tx) =>
        tx
          .select({ n: count() })
          .from(eventSignups)
          .innerJoin(volunteerTasks, eq(volunteerTasks.eventId, eventSignups.eventId))
          .where(and(eq(volunteerTasks.id, taskId), eq(eventSignups.waiting, waiting))),
      );
      return row?.n ?? -1;
    };
    const answered = (a: { answer: string }) => ["signedUp", "waiting", "full"].includes(a.answer);
    // The places in line handed out, in order: 1..n without a gap or a double.
    const positions = burst.flatMap((a) => (a.position === null ? [] : [a.position])).sort((x, y) => x - y);
    const ms = (list: { ms: number; answer: string }[]) => list.filter(answered).map((a) => a.ms);
    const p99 = percentile(ms(burst), 99);
    const sequentialP99 = percentile(ms(sequential), 99);
    report("community: volunteers racing for a task", {
      parents,
      places,
      signed_up: burst.filter((a) => a.answer === "signedUp").length,
      waiting: burst.filter((a) => a.answer === "waiting").length,
      waiting_numbered_1_to_n: positions.every((p, i) => p === i + 1),
      told_full: burst.filter((a) => a.answer === "full").length,
      answered: burst.filter(answered).length,
      all_answered: burst.every(answered),
      signed_up_in_db: await inDb(race.taskId, false),
      waiting_in_db: await inDb(race.taskId, true),
      other_answers: [...new Set(burst.filter((a) => !answered(a)).map((a) => a.answer))].join(" ") || "none",
      burst_s: round(seconds, 2),
      per_s: round(parents / seconds, 1),
      p50_ms: round(percentile(ms(burst), 50), 1),
      p99_ms: round(p99, 1),
      sequential_signed_up: sequential.filter((a) => a.answer === "signedUp").length,
      sequential_p50_ms: round(percentile(ms(sequential), 50), 1),
      sequential_p99_ms: round(sequentialP99, 1),
      ratio_p99_concurrent_to_sequential: round(p99 / sequentialP99, 2),
    });
  } finally {
    await database.close();
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
