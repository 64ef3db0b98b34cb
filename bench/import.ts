/**
 * `npm run bench -- import [rounds] [clients]`: does the server answer others while a school
 * leader's 5 MB pupil export is analysed?
 *
 * A real server (tests/helpers/processes.ts) on a fresh PostgreSQL database of DATABASE_URL
 * (default the local server; dropped afterwards), a school with a leader and a school year. Per
 * round (default 3), `clients` (default 4) loops ask GET /healthz, each the next request after
 * an answer: first for as long as the last upload took, alone (the baseline of the same run),
 * then while the leader uploads a generated export of 45,000 rows (4.9 MB, under IMPORT_MAX_MB)
 * and then opens its preview. Figures: /healthz's p99 alone, during the upload (the analysis)
 * and during the preview (the plan against the school), their ratios, the longest waits, the
 * upload's and the preview's answer times, and the analysis and the plan (against a school without
 * pupils, as the preview's) on their own in this process (median of three).
 */
import { performance } from "node:perf_hooks";
import { analyseFile } from "../src/features/import/analyse.js";
import { generateExport, NOTHING_YET } from "../src/features/import/fixtures.js";
import { planImport } from "../src/features/import/plan.js";
import { FORM_TOKEN_FIELD } from "../src/web/once-per-form.js";
import { newToken } from "../src/auth/tokens.js";
import { startServer, stopAllProcesses } from "../tests/helpers/processes.js";
import { openBrowser, type Browser } from "./booking/browser.js";
import { createBenchSchool } from "./booking/school.js";
import { agent, freshDatabase, log, percentile, report, request, round } from "./lib.js";

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const ROWS = 45_000;
const IMPORT_PAGE = "/organisation/import";

export async function run(args: string[]): Promise<void> {
  const rounds = Number(args[0] ?? 3);
  const clients = Number(args[1] ?? 4);
  const fresh = await freshDatabase(process.env.DATABASE_URL ?? DEFAULT_URL);
  try {
    const school = await createBenchSchool(fresh.database.db, 1, 0);
    const server = await startServer({ DATABASE_URL: fresh.url, LOG_LEVEL: "warn" });
    const leader = await openBrowser(fresh.database.db, server.url, school.leaderId, IMPORT_PAGE);
    const file = generateExport(ROWS);
    log(`${rounds} rounds: /healthz alone, during an upload of ${round(file.length / 2 ** 20)} MB and its preview`);
    const alone: number[] = [];
    const duringUpload: number[] = [];
    const duringPreview: number[] = [];
    const uploadMs: number[] = [];
    const previewMs: number[] = [];
    let lastMs = 3000;
    for (let i = 0; i < rounds; i++) {
      alone.push(...(await healthzWhile(server.url, clients, sleep(lastMs))));
      const upload = timed(() => uploadFile(server.url, leader, file));
      duringUpload.push(...(await healthzWhile(server.url, clients, upload)));
      const uploaded = await upload;
      const preview = timed(() => openPage(server.url, leader, uploaded.value));
      duringPreview.push(...(await healthzWhile(server.url, clients, preview)));
      uploadMs.push(uploaded.ms);
      previewMs.push((await preview).ms);
      lastMs = uploaded.ms;
      log(`round ${i + 1}: upload ${Math.round(uploaded.ms)} ms, preview ${Math.round((await preview).ms)} ms`);
    }
    const { analysis, plan } = await phasesAlone(file);
    const p99 = (values: number[]) => percentile(values, 99);
    report("import: /healthz while a 5 MB export is analysed", {
      rows: ROWS,
      file_mb: round(file.length / 2 ** 20),
      rounds,
      clients,
      analysis_ms: round(analysis, 0),
      plan_ms: round(plan, 0),
      upload_ms: round(percentile(uploadMs, 50), 0),
      preview_ms: round(percentile(previewMs, 50), 0),
      healthz_alone_requests: alone.length,
      healthz_during_import_requests: duringUpload.length,
      healthz_during_preview_requests: duringPreview.length,
      p99_healthz_alone_ms: round(p99(alone)),
      p99_healthz_during_import_ms: round(p99(duringUpload)),
      p99_healthz_during_preview_ms: round(p99(duringPreview)),
      max_healthz_during_import_ms: round(Math.max(...duringUpload)),
      max_healthz_during_preview_ms: round(Math.max(...duringPreview)),
      ratio_p99_healthz_during_import_to_alone: round(p99(duringUpload) / p99(alone), 1),
      ratio_p99_healthz_during_preview_to_alone: round(p99(duringPreview) / p99(alone), 1),
    });
  } finally {
    stopAllProcesses();
    agent.destroy();
    await fresh.drop();
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

/** `clients` loops asking GET /healthz until `until` settles; each answer's milliseconds. */
async function healthzWhile(base: string, clients: number, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const ms: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (!done) {
        const answer = await request(new URL("/healthz", base));
        if (answer.status !== 200) throw new Error(`GET /healthz answered ${answer.status}`);
        ms.push(answer.ms);
      }
    }),
  );
  await until;
  return ms;
}

/** Posts the upload form as the browser does; the preview's (or mapping screen's) path. */
async function uploadFile(base: string, leader: Browser, file: Uint8Array): Promise<string> {
  const form = new FormData();
  form.set("_csrf", leader.csrf);
  form.set(FORM_TOKEN_FIELD, newToken());
  form.set("file", new Blob([Buffer.from(file)], { type: "text/csv" }), "leerlingen.csv");
  const url = new URL(IMPORT_PAGE, base);
  const response = await fetch(url, {
    method: "POST",
    body: form,
    headers: { cookie: leader.cookie, origin: url.origin },
    redirect: "manual",
  });
  const location = response.headers.get("location");
  if (response.status !== 303 || !location) throw new Error(`the upload answered ${response.status}`);
  return location;
}

async function openPage(base: string, leader: Browser, path: string): Promise<void> {
  const answer = await request(new URL(path, base), { headers: { cookie: leader.cookie } });
  if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
}

/** The analysis as the upload makes it and the plan as the first preview makes it, alone in this process: medians of three. */
async function phasesAlone(file: Uint8Array): Promise<{ analysis: number; plan: number }> {
  const analyses: number[] = [];
  const plans: number[] = [];
  for (let i = 0; i < 3; i++) {
    const analysed = await timed(() => analyseFile(file));
    analyses.push(analysed.ms);
    plans.push((await timed(() => planImport({ rows: analysed.value.rows, existing: NOTHING_YET }))).ms);
  }
  return { analysis: percentile(analyses, 50), plan: percentile(plans, 50) };
}
