/**
 * Submitting responses over HTTP (issue 3): the real server (src/server.ts)
 * on a free port, over a PostgreSQL database made for the bench (on the
 * server of DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres,
 * dropped after). Respondents arrive through a class's open link and post
 * every page and then "send", as a browser without JavaScript does, several
 * at a time. Baseline in the same run: the rows one response leaves (its
 * ticket, marked responded, and its sealed ballot) inserted raw through the
 * same driver (pg), one transaction per response, as samen_app. Target: at
 * least 500 complete responses per second.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { newToken } from "../../src/auth/tokens.js";
import { APP_ROLE } from "../../src/db/client.js";
import { currentInstrument as instrument } from "../../src/features/measurements/instrument/index.js";
import { fieldName, questionPages } from "../../src/features/measurements/questionnaire.js";
import { newBallotKey, ballotKey, seal } from "../../src/features/measurements/service/sealing.js";
import { createTestDatabase } from "../../tests/helpers/database.js";
import { createSchool } from "../../tests/helpers/factories.js";
import { startServer, stopAllProcesses } from "../../tests/helpers/processes.js";
import { log, round } from "../lib.js";
import { inParallel } from "./platform.js";

const RESPONSES = 300;
const CONCURRENCY = 16;
const pages = questionPages(instrument, "parents");

export async function run(): Promise<Record<string, number>> {
  process.env.DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";
  const database = await createTestDatabase();
  try {
    const school = await createSchool(database.db);
    const key = newBallotKey(undefined);
    const openToken = newToken();
    const { rows } = await database.ownerSql(
      `with m as (
         insert into measurements (org_id, kind, title, instrument_version, opens_at, closes_at, threshold, status, ballot_key)
         values ($1, 'baseline', 'Nulmeting', $2, now() - interval '1 day', now() + interval '14 days', 5, 'open', $3)
         returning org_id, id)
       insert into measurement_audiences (org_id, measurement_id, respondent_group, group_id, open_token)
       select org_id, id, 'parents', $4, $5 from m returning measurement_id, id`,
      [school.org.id, instrument.version, key, school.groupA.id, openToken],
    );
    const { measurement_id: measurementId, id: audienceId } = rows[0] as { measurement_id: string; id: string };
    const server = await startServer({ DATABASE_URL: database.url! });
    log(`submit: server at ${server.url}, ${CONCURRENCY} respondents at a time`);
    const submitted = await perSecond(() => respond(server.url, openToken));
    const sealed = (await database.ownerSql("select count(*)::int as n from measurement_ballots")).rows[0] as {
      n: number;
    };
    if (sealed.n !== RESPONSES) throw new Error(`${sealed.n} ballots for ${RESPONSES} responses`);
    const target = { orgId: school.org.id, measurementId, audienceId, key: ballotKey(key, undefined) };
    const raw = await withPool(database.url!, (pool) => perSecond(() => insertRaw(pool, target)));
    return {
      submit_responses: RESPONSES,
      submit_pages_per_response: pages.length + 2,
      submit_per_s: round(submitted),
      raw_insert_per_s: round(raw),
      ratio_submit_to_raw: round(submitted / raw, 3),
    };
  } finally {
    stopAllProcesses();
    await database.close();
  }
}

/** Responses per second of RESPONSES calls of fn, CONCURRENCY at a time. */
async function perSecond(fn: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await inParallel(Array.from({ length: RESPONSES }), CONCURRENCY, fn);
  return RESPONSES / ((performance.now() - started) / 1000);
}

/** One respondent: the open link, each page with every item answered, then send. */
async function respond(base: string, openToken: string): Promise<void> {
  const csrf = randomBytes(32).toString("base64url");
  const post = async (path: string, fields: Record<string, string>) => {
    const response = await fetch(base + path, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: `samen_csrf=${csrf}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ _csrf: csrf, ...fields }),
    });
    await response.arrayBuffer();
    if (response.status !== 303) throw new Error(`POST ${path}: ${response.status}`);
    return response.headers.get("location")!;
  };
  const link = await post(`/m/open/${openToken}`, {});
  for (const page of pages) await post(`${link}/${page.number}`, { ...answers(page), go: "next" });
  await post(`${link}/send`, {});
}

function answers(page: (typeof pages)[number]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const item of page.items) {
    fields[fieldName("current", item.id)] = String(1 + Math.floor(Math.random() * 5));
    if (page.desired) fields[fieldName("desired", item.id)] = String(1 + Math.floor(Math.random() * 5));
  }
  return fields;
}

/** What one response leaves behind, written directly: a responded ticket and a sealed ballot. */
async function insertRaw(
  pool: pg.Pool,
  target: { orgId: string; measurementId: string; audienceId: string; key: Buffer },
): Promise<void> {
  const ballot = JSON.stringify({
    group: "parents",
    subgroupId: null,
    answers: Object.fromEntries(pages.flatMap((page) => Object.entries(answers(page)))),
    open: {},
  });
  const client = await pool.connect();
  try {
    await client.query("begin");
    await client.query("select set_config('app.org_id', $1, true)", [target.orgId]);
    await client.query(
      `insert into measurement_invitations (org_id, measurement_id, audience_id, kind, token_hash, responded)
       values ($1, $2, $3, 'open_link', $4, true)`,
      [target.orgId, target.measurementId, target.audienceId, randomBytes(32).toString("hex")],
    );
    await client.query("insert into measurement_ballots (org_id, measurement_id, ciphertext) values ($1, $2, $3)", [
      target.orgId,
      target.measurementId,
      seal(target.key, ballot),
    ]);
    await client.query("commit");
  } finally {
    client.release();
  }
}

async function withPool<T>(url: string, fn: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: url, max: 10, options: `-c role=${APP_ROLE}` });
  try {
    return await fn(pool);
  } finally {
    await pool.end();
  }
}
