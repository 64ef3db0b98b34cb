/**
 * Sparring requests. /advice/sparring: the school leader and coordinator ask and read their
 * school's threads (their current organisation; another school's request is not found).
 * /advice/inbox: an advisor's requests over every organisation they advise; a thread opens in the
 * request's own organisation once the database (as samen_advisor) says the advisor may see it.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { refusalStatus } from "../../../web/form-refusal.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { NotFoundError } from "../../../web/errors.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import type { ViewerScope } from "../../../db/org-scope.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { parseForm } from "../../../web/validation.js";
import { advises, answersSparring, mayAskSparring } from "../policy.js";
import { messageForm, sparringForm, statusForm } from "../schemas.js";
import { advisorInbox, organisationOfRequest } from "../service/inbox.js";
import {
  addSparringMessage,
  askSparring,
  hasAdvisor,
  schoolRequests,
  setSparringStatus,
  sparringThread,
} from "../service/sparring.js";
import { InboxPage, noForm, SchoolSparringPage, ThreadPage, type FormState } from "../views/sparring.js";

type Status = 200 | 403 | 409 | 422;

const mailDeps = (c: Context<AppEnv>) => ({ jobs: c.var.deps.jobs, publicUrl: c.var.deps.config.publicUrl });

async function schoolPage(c: Context<AppEnv>, form: FormState = noForm, status: Status = 200, problem?: string) {
  const scope = scopeOf(c);
  const [requests, advisor] = await Promise.all([schoolRequests(scope), hasAdvisor(scope)]);
  const page = (
    <SchoolSparringPage {...pageProps(c)} requests={requests} hasAdvisor={advisor} form={form} problem={problem} />
  );
  return renderPage(c, { title: c.var.t("advice.sparring.title"), children: page }, status);
}

async function threadPage(
  c: Context<AppEnv>,
  where: { orgId: string; requestId: string; asAdvisor: boolean },
  form: FormState = noForm,
  status: Status = 200,
) {
  const thread = await sparringThread({
    db: c.var.deps.db,
    orgId: where.orgId,
    userId: viewerOf(c).userId,
    requestId: where.requestId,
  });
  const base = where.asAdvisor ? "/advice/inbox" : "/advice/sparring";
  const page = (
    <ThreadPage
      {...pageProps(c)}
      thread={thread}
      action={`${base}/${where.requestId}`}
      back={base}
      asAdvisor={where.asAdvisor}
      form={form}
    />
  );
  return renderPage(c, { title: c.var.t("advice.sparring.title"), children: page }, status);
}

/**
 * A message in a request's thread, once per form (decision 007): the same form sent again adds
 * nothing and answers as the first did, with the thread.
 */
async function replyOnce(
  c: Context<AppEnv>,
  where: { scope: Pick<ViewerScope, "orgId" | "userId">; requestId: string; asAdvisor: boolean },
  body: string,
) {
  const { requestId, asAdvisor } = where;
  const thread = await oncePerForm(c, async (db) => {
    await addSparringMessage({ ...where.scope, db, requestId, body, fromAdvisor: asAdvisor, deps: mailDeps(c) });
    return `${asAdvisor ? "/advice/inbox" : "/advice/sparring"}/${requestId}`;
  });
  return redirectWithFlash(c, thread, "advice.sparring.replied");
}

/** The organisation of a request in the advisor's inbox; 404 when they do not advise it. */
async function advisedRequest(c: Context<AppEnv>) {
  const requestId = pathId(c, "requestId");
  const viewer = viewerOf(c);
  const orgId = await organisationOfRequest(c.var.deps.db, viewer.userId, requestId);
  if (!orgId || !advises(viewer, orgId)) throw new NotFoundError("sparring request");
  return { orgId, requestId, asAdvisor: true, scope: { db: c.var.deps.db, orgId, userId: viewer.userId } };
}

export const schoolSparringRoutes = new Hono<AppEnv>()
  .use("*", allow(mayAskSparring))
  .get("/", (c) => schoolPage(c))
  .post("/", async (c) => {
    const form = await parseForm(c, sparringForm);
    if (!form.ok) return schoolPage(c, form, 422);
    const asked = await oncePerForm(c, async (db) => {
      const done = await askSparring({ ...scopeOf(c), db, input: form.data, deps: mailDeps(c) });
      return done.ok ? `/advice/sparring/${done.id}` : done;
    });
    if (typeof asked !== "string")
      return schoolPage(c, { values: form.values, errors: {} }, refusalStatus(asked), c.var.t(asked.key));
    return redirectWithFlash(c, asked, "advice.sparring.sent");
  })
  .get("/:requestId", (c) => {
    const { orgId } = scopeOf(c);
    return threadPage(c, { orgId, requestId: pathId(c, "requestId"), asAdvisor: false });
  })
  .post("/:requestId", async (c) => {
    const requestId = pathId(c, "requestId");
    const scope = scopeOf(c);
    const form = await parseForm(c, messageForm);
    if (!form.ok) return threadPage(c, { orgId: scope.orgId, requestId, asAdvisor: false }, form, 422);
    return replyOnce(c, { scope, requestId, asAdvisor: false }, form.data.body);
  });

export const inboxRoutes = new Hono<AppEnv>()
  .use("*", allow(answersSparring))
  .get("/", async (c) => {
    const rows = await advisorInbox(c.var.deps.db, viewerOf(c).userId);
    return renderPage(c, {
      title: c.var.t("advice.inbox.title"),
      children: <InboxPage t={c.var.t} locale={c.var.locale} rows={rows} />,
    });
  })
  .get("/:requestId", async (c) => threadPage(c, await advisedRequest(c)))
  .post("/:requestId", async (c) => {
    const found = await advisedRequest(c);
    const form = await parseForm(c, messageForm);
    if (!form.ok) return threadPage(c, found, form, 422);
    return replyOnce(c, found, form.data.body);
  })
  .post("/:requestId/status", async (c) => {
    const found = await advisedRequest(c);
    const form = await parseForm(c, statusForm);
    if (!form.ok) return threadPage(c, found, form, 422);
    await setSparringStatus({ ...found.scope, requestId: found.requestId, status: form.data.status });
    return redirectWithFlash(c, `/advice/inbox/${found.requestId}`, "advice.inbox.statusSaved");
  });
