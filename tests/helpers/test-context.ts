/**
 * The whole app over a fresh test database, and a small browser-like client:
 * it keeps cookies, sends the CSRF token and a one-time form token with every form, and follows nothing
 * unless asked, so tests see the real redirects. Without vitest's hooks, so a bench can use it too;
 * a test file takes useTestContext from app.ts.
 */
import pino, { type Logger } from "pino";
import { desc, eq } from "drizzle-orm";
import { createApp, type App } from "../../src/app.js";
import { loadConfig, type Config } from "../../src/config.js";
import { createMailer, type Mailer } from "../../src/mail/mailer.js";
import type { Db } from "../../src/db/client.js";
import { outbox } from "../../src/db/schema/index.js";
import { newToken } from "../../src/auth/tokens.js";
import { FORM_TOKEN_FIELD } from "../../src/web/once-per-form.js";
import type { Jobs } from "../../src/jobs/queue.js";
import { createTestDatabase, type TestDatabase } from "./test-database.js";
import { createSchool } from "./factories.js";

export interface TestContext {
  app: App;
  database: TestDatabase;
  config: Config;
  /** Jobs the app queued; no worker runs in tests, so a test runs their handlers itself. */
  jobs: QueuedJob[];
  close(): Promise<void>;
}

export interface QueuedJob {
  name: string;
  data: object;
  startAfter?: Date | undefined;
}

/** The key tests run with, as a deployment would with its own (SECRET_KEY: "" makes the app use DATA_DIR's). */
export const TEST_SECRET_KEY = "test-secret-key-of-more-than-thirty-two-characters";

/** A mailer as tests make one: it logs and prints nothing, and sends from s@x.nl unless told otherwise. */
export function testMailer(db: Db, options: Partial<Omit<Parameters<typeof createMailer>[0], "db">> = {}): Mailer {
  return createMailer({ db, logger: pino({ level: "silent" }), from: "s@x.nl", printToConsole: false, ...options });
}

/** The app over a fresh database; pass a logger to read what the app logs (silent otherwise). */
export async function createTestContext(
  env: Record<string, string> = {},
  options: { logger?: Logger } = {},
): Promise<TestContext> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: "test",
    PUBLIC_URL: "http://localhost:3000",
    SECRET_KEY: TEST_SECRET_KEY,
    ...env,
  });
  const logger = options.logger ?? pino({ level: "silent" });
  const mailer = testMailer(database.db, {
    logger,
    from: config.MAIL_FROM,
    smtpUrl: config.SMTP_URL,
    links: { publicUrl: config.publicUrl, secretKey: config.SECRET_KEY },
  });
  const jobs: QueuedJob[] = [];
  const queue = recordingQueue(jobs);
  const app = createApp({ config, db: database.db, mailer, logger, jobs: queue });
  return { app, database, config, jobs, close: () => database.close() };
}

/** What a TestClient sends its requests to: the app in this process, or a server over HTTP (overHttp). */
export interface Requester {
  /** env: the node server's bindings (the client's socket address), for the app in this process only. */
  request(url: string, init: RequestInit, env?: object): Response | Promise<Response>;
}

/** A server process at baseUrl as a Requester: real HTTP, redirects not followed. */
export function overHttp(baseUrl: string): Requester {
  return {
    request: (url, init) =>
      fetch(`${baseUrl}${new URL(url).pathname}${new URL(url).search}`, { ...init, redirect: "manual" }),
  };
}

/**
 * A queue that records what is queued instead of running it. It ignores the executor, so a
 * job queued in a transaction that then rolls back stays on the list.
 */
export function recordingQueue(jobs: QueuedJob[]): Pick<Jobs, "send"> {
  return {
    async send(_executor, job, data, options = {}) {
      jobs.push({ name: job.name, data, startAfter: options.startAfter });
    },
  };
}

/** The deps a job's handler takes in a test (a fan-out, a follow-up): its mails land in the test database's outbox. */
export function jobDeps(ctx: TestContext) {
  return { db: ctx.database.db, jobs: recordingQueue([]), config: ctx.config };
}

export class TestClient {
  readonly cookies = new Map<string, string>();
  /** The address the browser has open: requests go there and forms name it as their Origin. */
  origin = "http://localhost:3000";

  constructor(
    private readonly app: Requester,
    private readonly headers: Record<string, string> = {},
    /** The address requests come from, as the node server reports it (none by default). */
    private readonly ip?: string,
  ) {}

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.send(path, { method: "GET", headers });
  }

  /**
   * Posts a form with the CSRF token this client holds (fetching a page first if it has none) and,
   * as a browser sends with a form it has just shown, a new one-time form token; pass `once` to
   * send a form again (the same token) or without one (null), and `origin` for a form another
   * site posts (the Origin it names).
   */
  async post(
    path: string,
    form: Record<string, string | string[]> = {},
    options: { csrf?: string | null; once?: string | null; origin?: string } = {},
  ): Promise<Response> {
    if (!this.cookies.has("samen_csrf")) await this.get("/sign-in");
    const body = new URLSearchParams();
    const token = options.csrf === undefined ? this.cookies.get("samen_csrf") : options.csrf;
    if (token) body.append("_csrf", token);
    const once = options.once === undefined ? newToken() : options.once;
    if (once !== null) body.append(FORM_TOKEN_FIELD, once);
    for (const [key, value] of Object.entries(form)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
    return this.send(path, {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded", origin: options.origin ?? this.origin },
    });
  }

  async postMultipart(path: string, form: FormData): Promise<Response> {
    if (!this.cookies.has("samen_csrf")) await this.get("/sign-in");
    form.set("_csrf", this.cookies.get("samen_csrf") ?? "");
    if (!form.has(FORM_TOKEN_FIELD)) form.set(FORM_TOKEN_FIELD, newToken());
    return this.send(path, { method: "POST", body: form, headers: { origin: this.origin } });
  }

  async send(path: string, init: RequestInit & { headers?: Record<string, string> }): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const request = {
      ...init,
      headers: { ...this.headers, ...(init.headers ?? {}), ...(cookie ? { cookie } : {}) },
    };
    const env = this.ip ? { incoming: { socket: { remoteAddress: this.ip } } } : undefined;
    const response = await this.app.request(`${this.origin}${path}`, request, env);
    for (const header of response.headers.getSetCookie()) {
      const [pair = ""] = header.split(";");
      const [name = "", ...rest] = pair.split("=");
      const value = rest.join("=");
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(header) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
}

/**
 * The newest mail to an address, as the user would find it. No delivery job runs in tests,
 * so its body is still in the outbox (text is "" for one already delivered).
 */
export async function lastMailTo(ctx: TestContext, to: string) {
  const [mail] = await ctx.database.db
    .select()
    .from(outbox)
    .where(eq(outbox.to, to))
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(1);
  return mail ? { ...mail, text: mail.text ?? "" } : null;
}

/** Signs in through the real flow: ask for a link, read it from the outbox, press the button. */
export async function signIn(ctx: TestContext, email: string, client = new TestClient(ctx.app)): Promise<TestClient> {
  await client.post("/sign-in", { email });
  return followMailedLink(ctx, email, client);
}

/** A new school with only its leader signed in: where most tests of the management pages begin. */
export async function leaderSignedIn(ctx: TestContext) {
  const school = await createSchool(ctx.database.db);
  return { school, leader: await signIn(ctx, school.leader.email) };
}

/** A new school with its leader, teacher and parent signed in: where most page tests begin. */
export async function schoolSignedIn(ctx: TestContext) {
  const { school, leader } = await leaderSignedIn(ctx);
  const teacher = await signIn(ctx, school.teacher.email);
  const parent = await signIn(ctx, school.parent.email);
  return { school, leader, teacher, parent };
}

/** Signs in with the link in the newest mail to an address (a sign-in link or an invitation). */
export async function followMailedLink(
  ctx: TestContext,
  email: string,
  client = new TestClient(ctx.app),
): Promise<TestClient> {
  const mail = await lastMailTo(ctx, email);
  const token = mail?.text.match(/token=([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no sign-in mail for ${email}`);
  const response = await client.post("/sign-in/link", { token });
  if (response.status !== 303) throw new Error(`sign-in failed with ${response.status}`);
  return client;
}

/** The first bytes of a response's body as text: "%PDF-" for a PDF. */
export async function startOfBody(response: Response, length = 5): Promise<string> {
  return Buffer.from(await response.arrayBuffer())
    .subarray(0, length)
    .toString();
}
