/**
 * /expectations: this school year's mutual expectations, and /expectations/:yearId any year's.
 * Every route carries its guard (policy.ts); a refusal (publishing what is published, confirming
 * twice, an archived year) answers with the page and the reason, nothing changed.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../web/env.js";
import { redirectWithFlash } from "../../web/flash.js";
import { refusalStatus } from "../../web/form-refusal.js";
import { allow, viewerOf } from "../../web/guards.js";
import type { HomeContributor } from "../../web/home.js";
import { renderPage } from "../../web/layout.js";
import type { NavLink } from "../../web/nav.js";
import { oncePerForm } from "../../web/once-per-form.js";
import type { Refused } from "../../web/outcome.js";
import { pageProps, pathId, scopeOf } from "../../web/route-context.js";
import { parseForm } from "../../web/validation.js";
import { isStaff } from "../../auth/viewer.js";
import { mayConfirmExpectations, mayReadExpectations, mayWriteExpectations } from "./policy.js";
import { answerForm, documentForm, responseForm } from "./schemas.js";
import { answerResponse } from "./service/answers.js";
import { confirmExpectations, respondToExpectations } from "./service/parents.js";
import { currentYear, yearToConfirm } from "./service/published.js";
import { yearView } from "./service/reads.js";
import { publishVersion, saveVersion } from "./service/writing.js";
import { emptyForm, NoYearPage, YearPage, type FormState } from "./views/year-page.js";

/**
 * "Verwachtingen" in the header for parents and staff: short for the phone's folded menu, and not
 * "Afspraken", which names the agreements after a conversation.
 */
export const expectationsNav: NavLink = {
  href: "/expectations",
  label: "expectations.nav",
  group: "parents",
  shownTo: mayReadExpectations,
};

/** A parent sees the year's expectations on their home page until they confirmed them. */
export const expectationsHome: HomeContributor = async ({ db, viewer, orgId, t }) => {
  if (!mayConfirmExpectations(viewer)) return [];
  const year = await yearToConfirm({ db, orgId, userId: viewer.userId });
  return year
    ? [{ section: "now", text: t("expectations.home.confirm", { year: year.name }), href: `/expectations/${year.id}` }]
    : [];
};

interface PageState {
  form?: FormState;
  answering?: string;
  problem?: Refused;
}

async function yearPage(c: Context<AppEnv>, yearId: string, state: PageState = {}, status: 200 | 409 | 422 = 200) {
  const viewer = viewerOf(c);
  const staff = isStaff(viewer);
  const threshold = c.var.deps.config.ANONYMITY_THRESHOLD;
  const view = await yearView({ ...scopeOf(c), yearId, staff, threshold });
  const page = (
    <YearPage
      {...pageProps(c)}
      view={view}
      staff={staff}
      writes={mayWriteExpectations(viewer)}
      confirms={mayConfirmExpectations(viewer)}
      form={state.form ?? emptyForm}
      answering={state.answering}
      problem={state.problem ? c.var.t(state.problem.key) : undefined}
    />
  );
  const title = c.var.t("expectations.heading", { year: view.year.name });
  return renderPage(c, { title, children: page }, state.problem ? refusalStatus(state.problem) : status);
}

const refused = (c: Context<AppEnv>, yearId: string, problem: Refused) => yearPage(c, yearId, { problem });

export const expectationsRoutes = new Hono<AppEnv>()
  .get("/expectations", allow(mayReadExpectations), async (c) => {
    const year = await currentYear(scopeOf(c));
    if (!year) return renderPage(c, { title: c.var.t("expectations.title"), children: <NoYearPage t={c.var.t} /> });
    return yearPage(c, year.id);
  })
  .get("/expectations/:yearId", allow(mayReadExpectations), (c) => yearPage(c, pathId(c, "yearId")))
  .post("/expectations/:yearId", allow(mayWriteExpectations), async (c) => {
    const yearId = pathId(c, "yearId");
    const form = await parseForm(c, documentForm);
    if (!form.ok) return yearPage(c, yearId, { form }, 422);
    const saved = await saveVersion({ ...scopeOf(c), yearId, input: form.data });
    if (!saved.ok) return refused(c, yearId, saved);
    return redirectWithFlash(c, `/expectations/${yearId}`, "expectations.saved");
  })
  .post("/expectations/:yearId/publish", allow(mayWriteExpectations), async (c) => {
    const yearId = pathId(c, "yearId");
    const published = await publishVersion({ ...scopeOf(c), yearId });
    if (!published.ok) return refused(c, yearId, published);
    return redirectWithFlash(c, `/expectations/${yearId}`, "expectations.publishedFlash");
  })
  .post("/expectations/:yearId/confirm", allow(mayConfirmExpectations), async (c) => {
    const yearId = pathId(c, "yearId");
    const confirmed = await confirmExpectations({ ...scopeOf(c), yearId });
    if (!confirmed.ok) return refused(c, yearId, confirmed);
    return redirectWithFlash(c, `/expectations/${yearId}`, "expectations.confirmedFlash");
  })
  .post("/expectations/:yearId/responses", allow(mayConfirmExpectations), async (c) => {
    const yearId = pathId(c, "yearId");
    const form = await parseForm(c, responseForm);
    if (!form.ok) return yearPage(c, yearId, { form }, 422);
    const path = `/expectations/${yearId}#responses-title`;
    const done = await oncePerForm(c, async (db) => {
      const responded = await respondToExpectations({ ...scopeOf(c), db, yearId, body: form.data.body });
      return responded.ok ? path : responded;
    });
    if (typeof done !== "string") return refused(c, yearId, done);
    return redirectWithFlash(c, done, "expectations.responded");
  })
  .post("/expectations/:yearId/responses/:responseId/answer", allow(mayWriteExpectations), async (c) => {
    const yearId = pathId(c, "yearId");
    const responseId = pathId(c, "responseId");
    const form = await parseForm(c, answerForm);
    if (!form.ok) return yearPage(c, yearId, { form, answering: responseId }, 422);
    const deps = { jobs: c.var.deps.jobs, publicUrl: c.var.deps.config.publicUrl };
    const answered = await answerResponse({ ...scopeOf(c), yearId, responseId, answer: form.data.answer, deps });
    if (!answered.ok) return refused(c, yearId, answered);
    return redirectWithFlash(c, `/expectations/${yearId}#response-${responseId}`, "expectations.answered");
  });
