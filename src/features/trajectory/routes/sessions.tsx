/**
 * /trajectory/sessions: the school leader and coordinator add a session, plan or record it, skip
 * it with a reason (cancelling its evening, or once that has started leaving it as it was), or
 * move it within its line. Bad input
 * comes back with its messages and changes nothing.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { attempt } from "../../../web/form-refusal.js";
import { allow } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { parseForm, type FormErrors, type FormValues } from "../../../web/validation.js";
import { inOrg } from "../../../db/org-scope.js";
import { tooLateToCancel } from "../../events/index.js";
import { currentGroups } from "../../pupils/index.js";
import { mayLeadTrajectory } from "../policy.js";
import { moveForm, reasonForm, sessionForm, sessionLines } from "../schemas.js";
import type { SessionRow } from "../service/facts.js";
import { sessionWords } from "../domain/template.js";
import type { Translate } from "../../../web/i18n/index.js";
import {
  addSession,
  moveSession,
  sessionForEdit,
  skipSession,
  updateSession,
  type Skipped,
} from "../service/sessions.js";
import { eventOfSession } from "../service/session-events.js";
import { requireActive } from "../service/trajectories.js";
import { SessionPage, type SessionFormState } from "../views/session-form.js";

type Status = 200 | 422;
const noErrors = { values: {}, errors: {} };

function valuesOf(session: SessionRow, t: Translate): SessionFormState {
  const { topic, goals } = sessionWords(t, session);
  const values: FormValues = {
    line: session.line,
    topic,
    goals,
    heldOn: session.heldOn ?? "",
    held: session.status === "held" ? "on" : "",
    attendance: session.attendance === null ? "" : String(session.attendance),
    notes: session.notes,
    outcomes: session.outcomes,
    followUp: session.followUp,
  };
  return { values, groups: session.groupIds, errors: {} };
}

/** The checked groups as posted, to show the form again as it was. */
async function postedGroups(c: Context<AppEnv>): Promise<string[]> {
  const body = await c.req.parseBody({ all: true });
  return [body.groups ?? []].flat().filter((v): v is string => typeof v === "string");
}

async function sessionPage(
  c: Context<AppEnv>,
  sessionId: string | null,
  form: SessionFormState,
  skip: { values: FormValues; errors: FormErrors } = noErrors,
  status: Status = 200,
) {
  const { orgId, userId } = scopeOf(c);
  const { choices, event } = await inOrg(scopeOf(c), async (tx) => {
    await requireActive(tx, orgId);
    const event = sessionId ? await eventOfSession(tx, orgId, sessionId, userId) : null;
    return { choices: await currentGroups(tx, orgId), event };
  });
  const { t } = c.var;
  const eventStarted = event !== null && tooLateToCancel(event);
  const page = <SessionPage {...pageProps(c)} {...{ sessionId, choices, form, skip, eventStarted }} />;
  const title = t(sessionId ? "trajectory.session.edit" : "trajectory.session.new");
  return renderPage(c, { title, children: page }, status);
}

/** What the leader reads after a skip: the evening cancelled and who was told, or kept as it was. */
function skippedFlash({ mailed, eventKept }: Skipped) {
  if (eventKept) return "trajectory.session.skippedEventKept";
  return mailed ? "trajectory.session.skippedMailed" : "trajectory.session.skipped";
}

export const sessionRoutes = new Hono<AppEnv>()
  .use("*", allow(mayLeadTrajectory))
  .get("/new", (c) => {
    const asked = c.req.query("line");
    const line = sessionLines.find((l) => l === asked) ?? "school";
    return sessionPage(c, null, { values: { line }, groups: [], errors: {} });
  })
  .post("/", async (c) => {
    const form = await parseForm(c, sessionForm());
    const groups = await postedGroups(c);
    if (!form.ok) return sessionPage(c, null, { ...form, groups }, noErrors, 422);
    const errors = await attempt(c, () =>
      oncePerForm(c, async (db) => {
        await addSession({ ...scopeOf(c), db, input: form.data });
        return "/trajectory";
      }),
    );
    if (errors) return sessionPage(c, null, { values: form.values, groups, errors }, noErrors, 422);
    return redirectWithFlash(c, `/trajectory#line-${form.data.line}`, "trajectory.session.added");
  })
  .get("/:sessionId", async (c) => {
    const session = await sessionForEdit({ ...scopeOf(c), sessionId: pathId(c, "sessionId") });
    return sessionPage(c, session.id, valuesOf(session, c.var.t));
  })
  .post("/:sessionId", async (c) => {
    const sessionId = pathId(c, "sessionId");
    const session = await sessionForEdit({ ...scopeOf(c), sessionId });
    const form = await parseForm(c, sessionForm());
    const groups = await postedGroups(c);
    if (!form.ok) return sessionPage(c, session.id, { ...form, groups }, noErrors, 422);
    const errors = await attempt(c, () => updateSession({ ...scopeOf(c), sessionId, input: form.data, t: c.var.t }));
    if (errors) return sessionPage(c, session.id, { values: form.values, groups, errors }, noErrors, 422);
    return redirectWithFlash(c, `/trajectory#line-${form.data.line}`, "trajectory.session.saved");
  })
  .post("/:sessionId/skip", async (c) => {
    const sessionId = pathId(c, "sessionId");
    const session = await sessionForEdit({ ...scopeOf(c), sessionId });
    const form = await parseForm(c, reasonForm);
    if (!form.ok) return sessionPage(c, session.id, valuesOf(session, c.var.t), form, 422);
    const deps = { jobs: c.var.deps.jobs, config: c.var.deps.config };
    const skipped = await skipSession({ ...scopeOf(c), sessionId, reason: form.data.reason, deps });
    return redirectWithFlash(c, `/trajectory#line-${session.line}`, skippedFlash(skipped));
  })
  .post("/:sessionId/move", async (c) => {
    const sessionId = pathId(c, "sessionId");
    const form = await parseForm(c, moveForm);
    if (!form.ok) {
      const session = await sessionForEdit({ ...scopeOf(c), sessionId });
      return sessionPage(c, sessionId, { ...valuesOf(session, c.var.t), errors: form.errors }, noErrors, 422);
    }
    await moveSession({ ...scopeOf(c), sessionId, direction: form.data.direction });
    return redirectWithFlash(c, "/trajectory", "trajectory.session.moved");
  });
