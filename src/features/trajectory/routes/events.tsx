/**
 * Sign-ups for parent evenings: the leaders let a session take them
 * (/trajectory/sessions/:sessionId/event), a parent invited to it signs up, changes the number or
 * cancels from the parents' page. A refusal (full, already signed up, started) answers with the
 * page and the reason beside the session, nothing changed.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { inputErrors, refusalStatus } from "../../../web/form-refusal.js";
import { allow } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { parseForm, type FormErrors, type FormValues } from "../../../web/validation.js";
import { utcToLocal } from "../../../lib/time/zone.js";
import { eventForm, signupForm, tooLateToCancel, type EventState } from "../../events/index.js";
import { mayFollowAsParent, mayLeadTrajectory } from "../policy.js";
import { cancelForSession, sessionWithEvent, setSessionEvent, signUpForSession } from "../service/session-events.js";
import { parentSessionPath } from "../service/event-link.js";
import { EventPage } from "../views/event-form.js";
import { parentPage } from "./parents.js";
import { sessionWords } from "../domain/template.js";

function valuesOf(event: EventState | null): FormValues {
  if (!event) return { startsAt: "19:30", endsAt: "21:00", place: "", capacity: "" };
  return {
    startsAt: utcToLocal(event.startsAt).time,
    endsAt: utcToLocal(event.endsAt).time,
    place: event.place,
    capacity: event.capacity === null ? "" : String(event.capacity),
  };
}

async function eventPage(
  c: Context<AppEnv>,
  form?: { values: FormValues; errors: FormErrors },
  status: 200 | 403 | 409 | 422 = 200,
) {
  const { session, event, signups } = await sessionWithEvent({ ...scopeOf(c), sessionId: pathId(c, "sessionId") });
  const { t } = c.var;
  const page = (
    <EventPage
      {...pageProps(c)}
      session={session}
      signups={signups}
      form={form ?? { values: valuesOf(event), errors: {} }}
      started={event !== null && tooLateToCancel(event)}
    />
  );
  return renderPage(
    c,
    { title: t("trajectory.event.title", { topic: sessionWords(t, session).topic }), children: page },
    status,
  );
}

export const eventRoutes = new Hono<AppEnv>()
  .get("/sessions/:sessionId/event", allow(mayLeadTrajectory), (c) => eventPage(c))
  .post("/sessions/:sessionId/event", allow(mayLeadTrajectory), async (c) => {
    const sessionId = pathId(c, "sessionId");
    const form = await parseForm(c, eventForm);
    if (!form.ok) return eventPage(c, form, 422);
    let saved;
    try {
      saved = await setSessionEvent({ ...scopeOf(c), sessionId, input: form.data });
    } catch (error) {
      return eventPage(c, { values: form.values, errors: inputErrors(c, error) }, 422);
    }
    if (!saved.ok)
      return eventPage(c, { values: form.values, errors: { capacity: c.var.t(saved.key) } }, refusalStatus(saved));
    return redirectWithFlash(c, `/trajectory/sessions/${sessionId}`, "trajectory.event.saved");
  });

// Only the sign-ups are the parents' own: the page they sit on, /trajectory/for-parents itself,
// staff may look at too (routes/parents.tsx), and the timeline links them there.
export const signupRoutes = new Hono<AppEnv>()
  .use("/sessions/*", allow(mayFollowAsParent))
  .post("/sessions/:sessionId/signup", async (c) => {
    const sessionId = pathId(c, "sessionId");
    const form = await parseForm(c, signupForm);
    if (!form.ok) return parentPage(c, { sessionId, error: form.errors.people ?? "" }, 422);
    const done = await signUpForSession({ ...scopeOf(c), sessionId, people: form.data.people });
    if (!done.ok) return parentPage(c, { sessionId, error: c.var.t(done.key) }, refusalStatus(done));
    return redirectWithFlash(
      c,
      parentSessionPath(sessionId),
      done.changed ? "trajectory.event.changed" : "trajectory.event.signedUpFlash",
    );
  })
  .post("/sessions/:sessionId/signup/cancel", async (c) => {
    const sessionId = pathId(c, "sessionId");
    const done = await cancelForSession({ ...scopeOf(c), sessionId });
    if (!done.ok) return parentPage(c, { sessionId, error: c.var.t(done.key) }, refusalStatus(done));
    return redirectWithFlash(c, parentSessionPath(sessionId), "trajectory.event.cancelled");
  });
