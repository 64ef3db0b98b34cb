/**
 * /trajectory: the timeline (or, without an active trajectory, the start page) for staff; for the
 * school leader and coordinator: start and end, skip a step with a reason (and take it back), link
 * and unlink measurements. Bad input comes back with its messages and changes nothing.
 */
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../../web/env.js";
import { NotFoundError } from "../../../web/errors.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { formErrorsOf, refusalStatus } from "../../../web/form-refusal.js";
import { allow } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { pathId, scopeOf } from "../../../web/route-context.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { parseForm, type FormErrors, type FormValues } from "../../../web/validation.js";
import { skippableSteps, type SkippableStep } from "../domain/phase.js";
import { mayFollowTrajectory, mayLeadTrajectory } from "../policy.js";
import { linkForm, skipForm, startForm, unskipForm } from "../schemas.js";
import { linkMeasurement, skipStep, unlinkMeasurement, unskipStep } from "../service/steps.js";
import { timeline } from "../service/timeline.js";
import { endTrajectory, startTrajectory } from "../service/trajectories.js";
import { SkipStepPage } from "../views/skip-step.js";
import { StartPage } from "../views/start.js";
import { TimelinePage } from "../views/timeline.js";
import { staffBase } from "./context.js";

type Status = 200 | 403 | 409 | 422;

async function timelinePage(
  c: Context<AppEnv>,
  form: { values: FormValues; errors: FormErrors } = { values: {}, errors: {} },
  status: Status = 200,
) {
  const data = await timeline(scopeOf(c));
  const base = staffBase(c);
  const page = data.active ? (
    <TimelinePage {...base} data={data.active} link={form} />
  ) : (
    <StartPage {...base} data={data} values={form.values} errors={form.errors} />
  );
  return renderPage(c, { title: c.var.t("trajectory.title"), children: page }, status);
}

/** The step a skip page is for (?step=…); anything else is no page. */
function queryStep(c: Context<AppEnv>): SkippableStep {
  const step = z.enum(skippableSteps).safeParse(c.req.query("step"));
  if (!step.success) throw new NotFoundError("step");
  return step.data;
}

function skipPage(
  c: Context<AppEnv>,
  step: SkippableStep,
  values: FormValues,
  errors: FormErrors,
  status: Status = 200,
) {
  const { t } = c.var;
  const page = <SkipStepPage {...staffBase(c)} step={step} values={values} errors={errors} />;
  return renderPage(
    c,
    { title: t("trajectory.skip.title", { step: t(`trajectory.step.${step}`) }), children: page },
    status,
  );
}

const lead = allow(mayLeadTrajectory);

export const timelineRoutes = new Hono<AppEnv>()
  .get("/", allow(mayFollowTrajectory), (c) => timelinePage(c))
  .post("/", lead, async (c) => {
    const form = await parseForm(c, startForm);
    if (!form.ok) return timelinePage(c, form, 422);
    const outcome = await oncePerForm(c, async (db) => {
      const started = await startTrajectory({ ...scopeOf(c), db, advisorId: form.data.advisorId, t: c.var.t });
      return started.ok ? "/trajectory" : started;
    });
    if (typeof outcome !== "string")
      return timelinePage(c, { values: form.values, errors: formErrorsOf(c, outcome) }, refusalStatus(outcome));
    return redirectWithFlash(c, "/trajectory", "trajectory.started.flash");
  })
  .post("/:trajectoryId/end", lead, async (c) => {
    await endTrajectory({ ...scopeOf(c), trajectoryId: pathId(c, "trajectoryId") });
    return redirectWithFlash(c, "/trajectory", "trajectory.end.flash");
  })
  .get("/skip", lead, (c) => skipPage(c, queryStep(c), {}, {}))
  .post("/skip", lead, async (c) => {
    const form = await parseForm(c, skipForm);
    if (!form.ok) {
      const step = z.enum(skippableSteps).safeParse(form.values.step);
      if (!step.success) throw new NotFoundError("step");
      return skipPage(c, step.data, form.values, form.errors, 422);
    }
    const outcome = await skipStep({ ...scopeOf(c), ...form.data });
    if (!outcome.ok) return skipPage(c, form.data.step, form.values, formErrorsOf(c, outcome), refusalStatus(outcome));
    return redirectWithFlash(c, "/trajectory", "trajectory.skip.flash");
  })
  .post("/unskip", lead, async (c) => {
    const form = await parseForm(c, unskipForm);
    if (!form.ok) throw new NotFoundError("step");
    await unskipStep({ ...scopeOf(c), step: form.data.step });
    return redirectWithFlash(c, "/trajectory", "trajectory.skip.undone");
  })
  .post("/measurements", lead, async (c) => {
    const form = await parseForm(c, linkForm);
    if (!form.ok) return timelinePage(c, form, 422);
    const outcome = await linkMeasurement({ ...scopeOf(c), measurementId: form.data.measurementId });
    if (!outcome.ok)
      return timelinePage(c, { values: form.values, errors: formErrorsOf(c, outcome) }, refusalStatus(outcome));
    return redirectWithFlash(c, "/trajectory", "trajectory.link.flash");
  })
  .post("/measurements/:measurementId/unlink", lead, async (c) => {
    await unlinkMeasurement({ ...scopeOf(c), measurementId: pathId(c, "measurementId") });
    return redirectWithFlash(c, "/trajectory", "trajectory.link.unlinked");
  });
