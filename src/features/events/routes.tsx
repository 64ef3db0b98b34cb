/**
 * /events: the school's own events. Staff (every staff member but an advisor) create and edit
 * them, see who signed up and who waits, record attendance and send a summary; a parent sees the
 * events their children's groups are invited to, signs up with a number of people (or joins the
 * waiting list when it is full), cancels, and submits and supports topics. Cancelling the event
 * asks first (GET: the question, POST: done). An event a parent is
 * not invited to answers 404; a refusal (a second sign-up with the same number, a started event)
 * answers with the page and the reason, nothing changed.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../web/env.js";
import { redirectWithFlash } from "../../web/flash.js";
import { formErrorsOf, refusalStatus } from "../../web/form-refusal.js";
import { isGuardianHere } from "../../auth/viewer.js";
import { allow, viewerOf } from "../../web/guards.js";
import { renderPage } from "../../web/layout.js";
import { oncePerForm } from "../../web/once-per-form.js";
import { renderConfirmPage } from "../../web/confirm-page.js";
import { formatSlot } from "../../lib/time/format.js";
import type { NavLink } from "../../web/nav.js";
import { pathId, scopeOf } from "../../web/route-context.js";
import { parseForm, type FormValues } from "../../web/validation.js";
import { utcToLocal } from "../../lib/time/zone.js";
import { inOrg } from "../../db/org-scope.js";
import { currentGroups } from "../pupils/index.js";
import { mayOrganiseEvents, mayUseEvents } from "./policy.js";
import { attendanceForm, schoolEventForm, signupForm, summaryForm, topicForm } from "./schemas.js";
import {
  asInvitedParent,
  cancelRsvp,
  cancelSchoolEvent,
  editable,
  recordAttendance,
  rsvp,
  saveSchoolEvent,
  schoolEventList,
  schoolEventPage,
  schoolEventToEdit,
  sendSummary,
  type SchoolEvent,
} from "./service/school-events.js";
import { addTopic, supportTopic, withdrawTopicSupport } from "./service/topics.js";
import {
  EventFormPage,
  EventListPage,
  EventPage,
  type EventPageState,
  type EventsBase,
} from "./views/school-events.js";
import type { AudienceFormState } from "../../web/components/audience-fields.js";

/** "Bijeenkomsten" in the header for staff who organise and for parents. */
export const eventsNav: NavLink = { href: "/events", label: "events.nav", group: "contact", shownTo: mayUseEvents };

type Status = 200 | 403 | 404 | 409 | 422;

function baseOf(c: Context<AppEnv>): EventsBase {
  return { t: c.var.t, locale: c.var.locale, csrf: c.var.csrfToken, organiser: mayOrganiseEvents(viewerOf(c)) };
}

async function eventPage(c: Context<AppEnv>, state: EventPageState = {}, status: Status = 200) {
  const base = baseOf(c);
  const data = await schoolEventPage({ ...scopeOf(c), eventId: pathId(c, "eventId"), organiser: base.organiser });
  return renderPage(
    c,
    { title: data.event.title, children: <EventPage {...base} data={data} state={state} /> },
    status,
  );
}

function valuesOf(event: SchoolEvent): AudienceFormState {
  const start = utcToLocal(event.startsAt);
  return {
    values: {
      kind: event.kind,
      title: event.title,
      day: start.date,
      startsAt: start.time,
      endsAt: utcToLocal(event.endsAt).time,
      place: event.place,
      onlineUrl: event.onlineUrl,
      description: event.description,
      capacity: event.capacity === null ? "" : String(event.capacity),
      audience: event.wholeOrg ? "all" : "groups",
    },
    groups: event.groupIds,
    errors: {},
  };
}

const emptyForm: AudienceFormState = {
  values: { kind: "information_evening", startsAt: "19:30", endsAt: "21:00", audience: "all" },
  groups: [],
  errors: {},
};

async function formPage(c: Context<AppEnv>, eventId: string | null, form?: AudienceFormState, status: Status = 200) {
  const scope = scopeOf(c);
  const stored = !form && eventId ? await schoolEventToEdit({ ...scope, eventId }) : null;
  // The page no longer offers to edit an event that has started (saveSchoolEvent says why): a link kept says so.
  if (stored && !editable(stored)) return eventPage(c, { problem: c.var.t("events.refusal.editStarted") }, 409);
  const current = form ?? (stored ? valuesOf(stored) : emptyForm);
  const groups = await inOrg(scope, (tx) => currentGroups(tx, scope.orgId));
  const page = <EventFormPage {...baseOf(c)} eventId={eventId} form={current} groups={groups} />;
  const title = c.var.t(eventId ? "events.form.editTitle" : "events.form.newTitle");
  return renderPage(c, { title, children: page }, status);
}

/** The ticked groups of a posted form (its values keep one per name). */
async function tickedGroups(c: Context<AppEnv>): Promise<string[]> {
  const body = await c.req.parseBody({ all: true });
  const raw = body.groups;
  return (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((v): v is string => typeof v === "string");
}

async function saveFrom(c: Context<AppEnv>, eventId: string | null) {
  const form = await parseForm(c, schoolEventForm);
  const groups = await tickedGroups(c);
  const posted = (values: FormValues, errors: Record<string, string>): AudienceFormState => ({
    values,
    groups,
    errors,
  });
  if (!form.ok) return formPage(c, eventId, posted(form.values, form.errors), 422);
  const saved = await saveSchoolEvent({ ...scopeOf(c), eventId, input: form.data }, c.var.deps);
  if (!saved.ok) return formPage(c, eventId, posted(form.values, formErrorsOf(c, saved)), refusalStatus(saved));
  return redirectWithFlash(c, `/events/${saved.eventId}`, eventId ? "events.flash.saved" : "events.flash.created");
}

/**
 * Asked before cancelling: who is mailed and whose sign-ups go (a page, so it works without
 * JavaScript). A cancelled event has nothing left to ask: its page. One that has started is no
 * longer to be cancelled: its page says so (409), as the post would.
 */
async function confirmCancel(c: Context<AppEnv>) {
  const { t, locale } = c.var;
  const eventId = pathId(c, "eventId");
  const { event, list, state } = await schoolEventPage({ ...scopeOf(c), eventId, organiser: true });
  const page = `/events/${eventId}`;
  if (event.cancelled) return c.redirect(page, 303);
  if (state.started) return eventPage(c, { problem: t("events.refusal.cancelStarted") }, 409);
  const count = list?.signups.length ?? 0;
  const waiting = list?.waiting.length ?? 0;
  return renderConfirmPage(c, {
    action: `${page}/cancel`,
    what: [event.title, formatSlot(locale, event.startsAt, event.endsAt)],
    // With nobody to tell, the page must not promise mails ("they all get an e-mail") to no one.
    consequence:
      count + waiting === 0
        ? t("events.cancelEvent.consequenceNobody")
        : t("events.cancelEvent.consequence", { count, waiting }),
    submit: t("events.cancelEvent.submit"),
    back: { href: page, label: t("events.cancelEvent.back") },
  });
}

/** What the organiser reads after cancelling: whether anyone was told, or that it was cancelled before. */
function cancelledFlash({ mailed, alreadyCancelled }: { mailed: number; alreadyCancelled: boolean }) {
  if (alreadyCancelled) return "events.flash.alreadyCancelled";
  return mailed ? "events.flash.eventCancelled" : "events.flash.eventCancelledNobody";
}

const organisers = allow(mayOrganiseEvents);
/** Signing up and topics are the parents'. */
const parents = allow(isGuardianHere);

export const eventRoutes = new Hono<AppEnv>()
  .use("/events", allow(mayUseEvents))
  .use("/events/*", allow(mayUseEvents))
  .get("/events", async (c) => {
    const base = baseOf(c);
    const list = await schoolEventList({ ...scopeOf(c), organiser: base.organiser });
    return renderPage(c, { title: c.var.t("events.page.title"), children: <EventListPage {...base} {...list} /> });
  })
  .get("/events/new", organisers, (c) => formPage(c, null))
  .post("/events", organisers, (c) => saveFrom(c, null))
  .get("/events/:eventId", (c) => eventPage(c))
  .get("/events/:eventId/edit", organisers, (c) => formPage(c, pathId(c, "eventId")))
  .post("/events/:eventId/edit", organisers, (c) => saveFrom(c, pathId(c, "eventId")))
  .get("/events/:eventId/cancel", organisers, (c) => confirmCancel(c))
  .post("/events/:eventId/cancel", organisers, async (c) => {
    const done = await cancelSchoolEvent({ ...scopeOf(c), eventId: pathId(c, "eventId") }, c.var.deps);
    if (!done.ok) return eventPage(c, { problem: c.var.t(done.key) }, refusalStatus(done));
    return redirectWithFlash(c, `/events/${pathId(c, "eventId")}`, cancelledFlash(done));
  })
  .post("/events/:eventId/rsvp", parents, async (c) => {
    const eventId = pathId(c, "eventId");
    const form = await parseForm(c, signupForm);
    if (!form.ok) return eventPage(c, { signupError: form.errors.people ?? "" }, 422);
    const done = await rsvp({ ...scopeOf(c), eventId, people: form.data.people }, c.var.deps);
    if (!done.ok) return eventPage(c, { signupError: c.var.t(done.key) }, refusalStatus(done));
    const flash =
      done.waitingPosition !== null
        ? "events.flash.waiting"
        : done.changed
          ? "events.flash.changed"
          : "events.flash.signedUp";
    return redirectWithFlash(c, `/events/${eventId}`, flash);
  })
  .post("/events/:eventId/rsvp/cancel", parents, async (c) => {
    const eventId = pathId(c, "eventId");
    const done = await cancelRsvp({ ...scopeOf(c), eventId }, c.var.deps);
    if (!done.ok) return eventPage(c, { signupError: c.var.t(done.key) }, refusalStatus(done));
    return redirectWithFlash(c, `/events/${eventId}`, "events.flash.cancelled");
  })
  .post("/events/:eventId/topics", parents, async (c) => {
    const eventId = pathId(c, "eventId");
    const form = await parseForm(c, topicForm);
    if (!form.ok) return eventPage(c, { topic: form }, 422);
    // Once per form (decision 007): the same topic sent twice is one topic, answered alike.
    const done = await oncePerForm(c, async (db) => {
      const scope = { ...scopeOf(c), db, eventId };
      const added = await asInvitedParent(scope, (tx) => addTopic(tx, { ...scope, body: form.data.body }));
      return added.ok ? `/events/${eventId}#topic-${added.topicId}` : added;
    });
    if (typeof done !== "string") return eventPage(c, { topicProblem: c.var.t(done.key) }, refusalStatus(done));
    return redirectWithFlash(c, done, "events.flash.topic");
  })
  .post("/events/:eventId/topics/:topicId/support", parents, async (c) => {
    const scope = { ...scopeOf(c), eventId: pathId(c, "eventId"), topicId: pathId(c, "topicId") };
    const done = await asInvitedParent(scope, (tx) => supportTopic(tx, scope));
    if (!done.ok) return eventPage(c, { topicProblem: c.var.t(done.key) }, refusalStatus(done));
    return redirectWithFlash(c, `/events/${scope.eventId}#topic-${scope.topicId}`, "events.flash.supported");
  })
  .post("/events/:eventId/topics/:topicId/withdraw", parents, async (c) => {
    const scope = { ...scopeOf(c), eventId: pathId(c, "eventId"), topicId: pathId(c, "topicId") };
    await asInvitedParent(scope, (tx) => withdrawTopicSupport(tx, scope));
    return redirectWithFlash(c, `/events/${scope.eventId}#topic-${scope.topicId}`, "events.flash.withdrawn");
  })
  .post("/events/:eventId/attendance", organisers, async (c) => {
    const eventId = pathId(c, "eventId");
    const form = await parseForm(c, attendanceForm);
    const came = form.ok ? form.data.came : [];
    if (!form.ok) return eventPage(c, { attendanceProblem: Object.values(form.errors)[0] }, 422);
    const done = await recordAttendance({ ...scopeOf(c), eventId, came });
    if (!done.ok) return eventPage(c, { attendanceProblem: c.var.t(done.key) }, refusalStatus(done));
    return redirectWithFlash(c, `/events/${eventId}`, "events.flash.attendance");
  })
  .post("/events/:eventId/summary", organisers, async (c) => {
    const eventId = pathId(c, "eventId");
    const form = await parseForm(c, summaryForm);
    if (!form.ok) return eventPage(c, { summary: form }, 422);
    const { mailed } = await sendSummary({ ...scopeOf(c), eventId, summary: form.data.summary }, c.var.deps);
    return redirectWithFlash(
      c,
      `/events/${eventId}`,
      mailed ? "events.flash.summarySent" : "events.flash.summarySaved",
    );
  });
