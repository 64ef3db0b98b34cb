/**
 * Staff's search (/network/search) and requests for help (/network/requests). A parent who opens
 * the search or posts a request gets 403 with a sentence saying it is for staff. The request's
 * page shows staff the answers and the parent asked the yes/no form.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { refusalStatus } from "../../../web/form-refusal.js";
import { NotFoundError } from "../../../web/errors.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { pathId, scopeOf } from "../../../web/route-context.js";
import { parseForm, validate, type FormErrors, type FormValues } from "../../../web/validation.js";
import { isNetworkStaff, mayUseNetwork } from "../policy.js";
import { answerForm, requestForm, searchForm, type SearchInput } from "../schemas.js";
import {
  answerRequest,
  recentRequests,
  requestForParent,
  requestForStaff,
  requestPath,
  sendRequest,
  wasAsked,
} from "../service/requests.js";
import { knownTags, searchParents } from "../service/search.js";
import { ParentRequestPage, StaffRequestPage } from "../views/request-page.js";
import { SearchPage, SearchRefused } from "../views/search-page.js";

const base = (c: Context<AppEnv>) => ({ t: c.var.t, locale: c.var.locale, csrf: c.var.csrfToken });

function refusedToParent(c: Context<AppEnv>) {
  return renderPage(c, { title: c.var.t("network.search.title"), children: <SearchRefused t={c.var.t} /> }, 403);
}

async function searchPage(
  c: Context<AppEnv>,
  query: Record<string, string>,
  request: { values: FormValues; errors: FormErrors; ticked: string[] } = { values: {}, errors: {}, ticked: [] },
  status: 200 | 403 | 409 | 422 = 200,
) {
  const parsed = validate(c, searchForm, query);
  // Refused: the page says why, with the form as it was sent, and searches nothing.
  const input: SearchInput = parsed.ok ? parsed.data : { q: "", tag: "", language: "" };
  const searched = parsed.ok && Boolean(input.q || input.tag || input.language || query.all);
  const sent: FormValues = parsed.ok ? {} : { q: query.q ?? "", tag: query.tag ?? "", language: query.language ?? "" };
  const scope = scopeOf(c);
  const data = {
    input,
    sent,
    errors: parsed.ok ? {} : parsed.errors,
    searched,
    found: searched ? await searchParents({ ...scope, input }) : [],
    tags: await knownTags(scope),
    requests: await recentRequests(scope),
  };
  return renderPage(
    c,
    { title: c.var.t("network.search.title"), children: <SearchPage {...base(c)} data={data} request={request} /> },
    parsed.ok ? status : 422,
  );
}

export const searchRoutes = new Hono<AppEnv>()
  .use("/search", allow(mayUseNetwork))
  .use("/requests", allow(mayUseNetwork))
  .use("/requests/*", allow(mayUseNetwork))
  .get("/search", (c) => {
    if (!isNetworkStaff(viewerOf(c))) return refusedToParent(c);
    return searchPage(c, c.req.query());
  })
  .post("/requests", async (c) => {
    if (!isNetworkStaff(viewerOf(c))) return refusedToParent(c);
    const form = await parseForm(c, requestForm);
    const body = await c.req.parseBody({ all: true });
    const ticked = [body.parents].flat().filter((v): v is string => typeof v === "string");
    // The search the staff member came from, so the found parents are shown again.
    const query = {
      q: String(body.q ?? ""),
      tag: String(body.tag ?? ""),
      language: String(body.language ?? ""),
      all: "1",
    };
    if (!form.ok) return searchPage(c, query, { values: form.values, errors: form.errors, ticked }, 422);
    const deps = { jobs: c.var.deps.jobs, publicUrl: c.var.deps.config.publicUrl };
    const sent = await oncePerForm(c, async (db) => {
      const done = await sendRequest({ ...scopeOf(c), db, deps, body: form.data.body, userIds: form.data.parents });
      return done.ok ? requestPath(done.requestId) : done;
    });
    if (typeof sent !== "string")
      return searchPage(
        c,
        query,
        { values: form.values, errors: { parents: c.var.t(sent.key) }, ticked },
        refusalStatus(sent),
      );
    return redirectWithFlash(c, sent, "network.request.sent");
  })
  .get("/requests/:requestId", async (c) => {
    const requestId = pathId(c, "requestId");
    const scope = { ...scopeOf(c), requestId };
    if (await wasAsked(scope)) {
      const request = await requestForParent(scope);
      return renderPage(c, {
        title: c.var.t("network.request.parentTitle"),
        children: <ParentRequestPage {...base(c)} request={request} />,
      });
    }
    if (!isNetworkStaff(viewerOf(c))) throw new NotFoundError("request");
    const request = await requestForStaff(scope);
    return renderPage(c, {
      title: c.var.t("network.request.title"),
      children: <StaffRequestPage {...base(c)} request={request} />,
    });
  })
  .post("/requests/:requestId/answer", async (c) => {
    const requestId = pathId(c, "requestId");
    const scope = { ...scopeOf(c), requestId };
    const form = await parseForm(c, answerForm);
    if (!form.ok) {
      const request = await requestForParent(scope);
      return renderPage(
        c,
        {
          title: c.var.t("network.request.parentTitle"),
          children: <ParentRequestPage {...base(c)} request={request} errors={form.errors} />,
        },
        422,
      );
    }
    await answerRequest({ ...scope, ...form.data });
    return redirectWithFlash(
      c,
      requestPath(requestId),
      form.data.answer === "yes" ? "network.answer.thanksYes" : "network.answer.thanksNo",
    );
  });
