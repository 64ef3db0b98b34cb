/**
 * Submitting complete responses over HTTP (issue 3): the real server (src/server.ts)
 * on a free port, over a PostgreSQL database made for the bench (on the server of
 * DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres, dropped after).
 *
 * A complete response is one POST of the form with every question (/m/<token>/all,
 * "send") through a mailed personal link, CONCURRENCY respondents at a time.
 * Baseline in the same run: the rows that response leaves (its invitation marked
 * responded, its draft removed, one sealed ballot, padded as the app pads it) written raw through the same
 * driver (pg), one transaction per response, as samen_app. Target: at least 500
 * complete responses per second. Also printed: respondents who go page by page from
 * a class's open link (a request per page, then "send"), the slowest way to answer, and
 * the server's resident memory once it has answered them all.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { hashToken, newToken } from "../../src/auth/tokens.js";
import { appLoginUrl } from "../../src/db/client.js";
import { createPool } from "../../src/db/connections.js";
import { currentInstrument as instrument } from "../../src/features/measurements/instrument/index.js";
import { fieldName, openFieldName, questionPages } from "../../src/features/measurements/questionnaire.js";
import { padded } from "../../src/features/measurements/service/padding.js";
import { FORM_TOKEN_FIELD } from "../../src/web/once-per-form.js";
import { newBallotKey, ballotKey, seal } from "../../src/features/measurements/service/sealing.js";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-database.js";
import { createSchool } from "../../tests/helpers/factories.js";
import { startServer, stopAllProcesses } from "../../tests/helpers/processes.js";
import { log, request, round, rssOfMb } from "../lib.js";
import { inParallel } from "./platform.js";

const RESPONSES = 2_000;
/** Sent first and not timed: the measured server is warm, as one that has run for a while is. */
const WARMUP = 300;
const PAGED_RESPONSES = 200;
const CONCURRENCY = 32;
const pages = questionPages(instrument, "parents");

interface Target {
  orgId: string;
  measurementId: string;
  audienceId: string;
  key: Buffer;
}

/** The server it starts wraps ballot keys with this one, as production would with its own. */
const SECRET_KEY = "bench-secret-key-of-more-than-thirty-two-characters";

export async function run(): Promise<Record<string, number>> {
  process.env.DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";
  const database = await createTestDatabase();
  try {
    const school = await createSchool(database.db);
    const key = newBallotKey(SECRET_KEY);
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
    const target: Target = { orgId: school.org.id, measurementId, audienceId, key: ballotKey(key, SECRET_KEY) };
    const warmup = await inviteByMail(database, target, WARMUP);
    const mailed = await inviteByMail(database, target, RESPONSES);
    const raw = await inviteByMail(database, target, RESPONSES);
    const server = await startServer({ DATABASE_URL: database.url!, SECRET_KEY });
    log(`submit: server at ${server.url}, ${CONCURRENCY} respondents at a time`);
    await perSecond(warmup, (token) => respondOnOnePage(server.url, token));
    const submitted = await perSecond(mailed, (token) => respondOnOnePage(server.url, token));
    const paged = await perSecond(Array.from({ length: PAGED_RESPONSES }), () =>
      respondPageByPage(server.url, openToken),
    );
    await expectBallots(database, WARMUP + RESPONSES + PAGED_RESPONSES);
    const serverRssMb = rssOfMb(server.child.pid!);
    const rawPerSecond = await withPool(database.url!, (pool) =>
      perSecond(raw, (token) => insertRaw(pool, target, token)),
    );
    await expectBallots(database, WARMUP + 2 * RESPONSES + PAGED_RESPONSES);
    return {
      submit_responses: RESPONSES,
      submit_per_s: round(submitted),
      raw_insert_per_s: round(rawPerSecond),
      ratio_submit_to_raw: round(submitted / rawPerSecond, 3),
      submit_paged_requests_per_response: pages.length + 2,
      submit_paged_per_s: round(paged),
      submit_server_rss_mb: round(serverRssMb, 0),
    };
  } finally {
    stopAllProcesses();
    await database.close();
  }
}

/** count personal links as the invitation job makes them; returns the tokens the mails would hold. */
async function inviteByMail(database: TestDatabase, target: Target, count: number) {
  const tokens = Array.from({ length: count }, () => newToken());
  await database.ownerSql(
    `insert into measurement_invitations (org_id, measurement_id, audience_id, kind, token_hash, mailed)
     select $1, $2, $3, 'mail', hash, true from unnest($4::text[]) as hash`,
    [target.orgId, target.measurementId, target.audienceId, tokens.map(hashToken)],
  );
  return tokens;
}

async function expectBallots(database: { ownerSql: (text: string) => Promise<{ rows: unknown[] }> }, expected: number) {
  const { rows } = await database.ownerSql("select count(*)::int as n from measurement_ballots");
  const { n } = rows[0] as { n: number };
  if (n !== expected) throw new Error(`${n} ballots, expected ${expected}`);
}

/** Responses per second of one call of fn per item, CONCURRENCY at a time. */
async function perSecond<T>(items: T[], fn: (item: T) => Promise<void>): Promise<number> {
  const started = performance.now();
  await inParallel(items, CONCURRENCY, fn);
  return items.length / ((performance.now() - started) / 1000);
}

/** A browser posting a form without JavaScript, with the CSRF cookie and field and the form's one-time token it was given. */
async function postForm(base: string, path: string, fields: Record<string, string>): Promise<string> {
  const csrf = randomBytes(32).toString("base64url");
  const response = await request(base + path, {
    method: "POST",
    headers: { cookie: `samen_csrf=${csrf}`, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: csrf, [FORM_TOKEN_FIELD]: newToken(), ...fields }).toString(),
  });
  if (response.status !== 303) throw new Error(`POST ${path}: ${response.status}`);
  return String(response.headers.location);
}

/** One respondent through a mailed link: every question on one page, sent at once. */
async function respondOnOnePage(base: string, token: string): Promise<void> {
  const fields: Record<string, string> = { go: "send" };
  for (const page of pages) Object.assign(fields, answers(page));
  const vision = pages.find((page) => page.domain === "vision")!;
  if (vision.domain) fields[openFieldName(vision.domain)] = "Meer uitleg over de visie graag.";
  const location = await postForm(base, `/m/${token}/all`, fields);
  if (location !== "/m/thanks") throw new Error(`sent, but sent to ${location}`);
}

/** One respondent from a class's open link: each page with every item answered, then send. */
async function respondPageByPage(base: string, openToken: string): Promise<void> {
  const link = await postForm(base, `/m/open/${openToken}`, {});
  for (const page of pages) await postForm(base, `${link}/${page.number}`, { ...answers(page), go: "next" });
  await postForm(base, `${link}/send`, {});
}

function answers(page: (typeof pages)[number]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const item of page.items) {
    fields[fieldName("current", item.id)] = String(1 + Math.floor(Math.random() * 5));
    if (page.desired) fields[fieldName("desired", item.id)] = String(1 + Math.floor(Math.random() * 5));
  }
  return fields;
}

/** What one complete response leaves behind, written directly: its invitation responded, no draft, a sealed ballot. */
async function insertRaw(pool: pg.Pool, target: Target, token: string): Promise<void> {
  const ballot = padded(
    {
      group: "parents",
      subgroupId: null,
      answers: Object.fromEntries(pages.flatMap((page) => Object.entries(answers(page)))),
      open: {},
    },
    instrument.version,
  );
  const client = await pool.connect();
  try {
    await client.query("begin");
    await client.query("select set_config('app.org_id', $1, true)", [target.orgId]);
    const { rows } = await client.query<{ id: string }>(
      `update measurement_invitations set responded = true
       where org_id = $1 and token_hash = $2 and not responded returning id`,
      [target.orgId, hashToken(token)],
    );
    await client.query("delete from measurement_drafts where org_id = $1 and invitation_id = $2", [
      target.orgId,
      rows[0]!.id,
    ]);
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
  // As the app logs in, with the app's listener on every connection, idle or checked out.
  const pool = createPool({ connectionString: appLoginUrl(url), max: 10 }, (error) =>
    log(`submit: a connection was ended: ${error.message}`),
  );
  try {
    return await fn(pool);
  } finally {
    await pool.end();
  }
}
