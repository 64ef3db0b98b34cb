/**
 * Reading the plan: the history and two versions compared (staff), the parents' responses with
 * the school's answers (staff; leaders answer), the published plan for parents with their
 * responses, and the plan printed or as a PDF to hand out at the parent evening.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { NotFoundError } from "../../../web/errors.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { formErrorsOf, inputErrors, refusalStatus } from "../../../web/form-refusal.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { pathId, scopeOf } from "../../../web/route-context.js";
import { parseForm } from "../../../web/validation.js";
import { compareLines, planLines } from "../domain/compare.js";
import { mayEditPlan, mayReadPlan, mayReadPublishedPlan, mayRespondToPlan } from "../policy.js";
import { answerForm, compareQuery, responseForm } from "../schemas.js";
import { planPdf } from "../service/pdf.js";
import { planHistory, readablePlan, staffPlan, twoVersions } from "../service/reads.js";
import { answerResponse, planResponsesOf, respondToPlan } from "../service/responses.js";
import { ComparePage, HistoryPage } from "../views/history.js";
import { ParentsPage, type ResponseFormState } from "../views/parents.js";
import { PrintPage } from "../views/print.js";
import { ResponsesPage, type AnswerFormState } from "../views/responses.js";
import { planBase } from "./context.js";
import { isStaff } from "../../../auth/viewer.js";

type Status = 200 | 403 | 409 | 422;

async function parentsPage(c: Context<AppEnv>, form: ResponseFormState | null = null, status: Status = 200) {
  const viewer = viewerOf(c);
  const scope = scopeOf(c);
  const published = await readablePlan({ ...scope, asStaff: false });
  const responses = mayRespondToPlan(viewer) ? await planResponsesOf({ ...scope, authorId: scope.userId }) : [];
  const page = (
    <ParentsPage
      {...planBase(c)}
      published={published}
      responses={responses}
      responds={mayRespondToPlan(viewer)}
      form={form}
    />
  );
  return renderPage(c, { title: c.var.t("plan.parents.title"), children: page }, status);
}

async function responsesPage(c: Context<AppEnv>, form: AnswerFormState | null = null) {
  const data = await staffPlan(scopeOf(c));
  if (!data) throw new NotFoundError("plan");
  const responses = await planResponsesOf(scopeOf(c));
  const page = <ResponsesPage {...planBase(c)} plan={data.plan} responses={responses} form={form} />;
  return renderPage(c, { title: c.var.t("plan.responses.title"), children: page }, form ? 422 : 200);
}

/** Staff print the plan as it is now; parents the published version (none yet: not found). */
async function printable(c: Context<AppEnv>) {
  const plan = await readablePlan({ ...scopeOf(c), asStaff: isStaff(viewerOf(c)) });
  if (!plan) throw new NotFoundError("plan");
  return { ...plan, orgName: viewerOf(c).current?.orgName ?? "" };
}

const read = allow(mayReadPlan);

export const readingRoutes = new Hono<AppEnv>()
  .get("/history", read, async (c) => {
    const history = await planHistory(scopeOf(c));
    const page = <HistoryPage {...planBase(c)} {...history} />;
    return renderPage(c, { title: c.var.t("plan.history.title"), children: page });
  })
  .get("/compare", read, async (c) => {
    const query = compareQuery.safeParse(c.req.query());
    if (!query.success) throw new NotFoundError("version");
    const { from, to } = query.data;
    const versions = await twoVersions({ ...scopeOf(c), from, to });
    const { t, locale } = c.var;
    const lines = compareLines(planLines(versions.from, t, locale), planLines(versions.to, t, locale));
    const page = <ComparePage {...planBase(c)} from={from} to={to} lines={lines} />;
    return renderPage(c, { title: t("plan.compare.title", { from, to }), children: page });
  })
  .get("/responses", read, (c) => responsesPage(c))
  .post("/responses/:responseId/answer", allow(mayEditPlan), async (c) => {
    const responseId = pathId(c, "responseId");
    const form = await parseForm(c, answerForm(responseId));
    if (!form.ok) return responsesPage(c, { responseId, values: form.values, errors: form.errors });
    await answerResponse({ ...scopeOf(c), responseId, answer: form.data.answer });
    return redirectWithFlash(c, `/plan/responses#response-${responseId}`, "plan.answer.saved");
  })
  .get("/for-parents", allow(mayReadPublishedPlan), (c) => parentsPage(c))
  .post("/for-parents/responses", allow(mayRespondToPlan), async (c) => {
    const form = await parseForm(c, responseForm);
    const subjectId = form.values.subjectId ?? "";
    if (!form.ok) return parentsPage(c, { subjectId, values: form.values, errors: form.errors }, 422);
    try {
      const outcome = await respondToPlan({ ...scopeOf(c), ...form.data });
      if (!outcome.ok)
        return parentsPage(
          c,
          { subjectId, values: form.values, errors: formErrorsOf(c, outcome) },
          refusalStatus(outcome),
        );
    } catch (error) {
      return parentsPage(c, { subjectId, values: form.values, errors: inputErrors(c, error) }, 422);
    }
    return redirectWithFlash(c, `/plan/for-parents#${form.data.subject}-${subjectId}`, "plan.response.sent");
  })
  .get("/print", allow(mayReadPublishedPlan), async (c) => {
    const plan = await printable(c);
    const page = <PrintPage {...planBase(c)} {...plan} plan={plan.snapshot} />;
    return renderPage(c, { title: c.var.t("plan.print.title", { org: plan.orgName }), children: page });
  })
  .get("/plan.pdf", allow(mayReadPublishedPlan), async (c) => {
    const plan = await printable(c);
    const { t, locale } = c.var;
    const pdf = await planPdf({ t, locale, orgName: plan.orgName, plan: plan.snapshot, publishedAt: plan.publishedAt });
    return c.body(new Uint8Array(pdf), 200, {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="samen-school-plan-${locale}.pdf"`,
    });
  });
