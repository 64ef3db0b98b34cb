/**
 * The school's own events (/events): parent evenings, information evenings, workshops and open
 * days that staff create with a day and time, a place or an online link, the groups invited (or
 * the whole organisation) and a capacity with a waiting list. A parent sees and signs up for the
 * events one of their children's groups is invited to; anyone else gets 404, as if it did not
 * exist. Every command runs in one organisation transaction; sign-ups go through signups.ts with
 * the event's row locked.
 */
import { and, asc, eq, gt, inArray, isNull, lt } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { eventSignups, events, schoolEventGroups, schoolEvents } from "../../../db/schema/index.js";
import { localToUtc } from "../../../lib/time/zone.js";
import { letter } from "../../../mail/letter.js";
import { notify } from "../../../mail/notify.js";
import { formatSlot } from "../../../lib/time/format.js";
import { NotFoundError } from "../../../web/errors.js";
import { localeOf } from "../../../web/i18n/index.js";
import { startsInFuture } from "../../../web/when-and-where.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import {
  areCurrentGroups,
  childrenOfGuardian,
  currentSchoolYear,
  groupsOfRows,
  type GroupLinks,
  groupsOfTeacher,
  parentAccountsOf,
  parentAccountsOfYear,
  schoolNameOf,
} from "../../pupils/index.js";
import { eventSummary } from "../notifications.js";
import type { SchoolEventInput, SchoolEventKind } from "../schemas.js";
import { cancelEvent, type Cancelled } from "./cancel.js";
import { eventStates, lockedEvent, saveEvent, type EventState, type SaveRefusal } from "./events.js";
import { signupList, type SignupList } from "./signup-list.js";
import {
  cancelSignup,
  moveUp,
  signUp,
  type CancelRefusal,
  type MoveUpDeps,
  type Signed,
  type SignupRefusal,
} from "./signups.js";
import { topicsOf, type Topic } from "./topics.js";
import { onKey } from "../../../db/on-key.js";

export const schoolEventPath = (eventId: string) => `/events/${eventId}`;

/** The groups an event invites (none: the whole organisation, or nobody yet). */
export const eventGroupLinks: GroupLinks = { table: schoolEventGroups, row: schoolEventGroups.eventId };

export interface SchoolEvent {
  id: string;
  kind: SchoolEventKind;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineUrl: string;
  capacity: number | null;
  wholeOrg: boolean;
  groupIds: string[];
  groupNames: string[];
  summary: string;
  summarySentAt: Date | null;
  cancelled: boolean;
}

/** The school's events by id (those of these ids, or all), with their invited groups. */
async function schoolEventRows(tx: Tx, orgId: string, ids?: readonly string[]): Promise<SchoolEvent[]> {
  if (ids && !ids.length) return [];
  const rows = await tx
    .select({
      id: events.id,
      kind: schoolEvents.kind,
      title: events.title,
      description: schoolEvents.description,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      place: events.place,
      onlineUrl: schoolEvents.onlineUrl,
      capacity: events.capacity,
      wholeOrg: schoolEvents.wholeOrg,
      summary: schoolEvents.summary,
      summarySentAt: schoolEvents.summarySentAt,
      cancelledAt: events.cancelledAt,
    })
    .from(schoolEvents)
    .innerJoin(events, onKey(events, schoolEvents.orgId, schoolEvents.eventId))
    .where(and(eq(schoolEvents.orgId, orgId), ids ? inArray(schoolEvents.eventId, [...ids]) : undefined))
    .orderBy(asc(events.startsAt), asc(events.title), asc(events.id));
  const groupsOf = await groupsOfRows(
    tx,
    orgId,
    eventGroupLinks,
    rows.map((r) => r.id),
  );
  return rows.map(({ cancelledAt, ...row }) => {
    const invited = groupsOf.get(row.id) ?? [];
    return {
      ...row,
      groupIds: invited.map((g) => g.id),
      groupNames: invited.map((g) => g.name),
      cancelled: cancelledAt !== null,
    };
  });
}

/** The groups of this parent's children. */
async function groupsOfParent(tx: Tx, orgId: string, userId: string): Promise<Set<string>> {
  return new Set(
    (await childrenOfGuardian(tx, orgId, userId)).flatMap((child) => (child.groupId ? [child.groupId] : [])),
  );
}

export const invites = (event: Pick<SchoolEvent, "wholeOrg" | "groupIds">, groups: ReadonlySet<string>) =>
  event.wholeOrg || event.groupIds.some((id) => groups.has(id));

/** The event for an organiser, or for a parent it invites; otherwise 404. */
async function visibleEvent(tx: Tx, scope: ViewerScope, eventId: string, organiser: boolean): Promise<SchoolEvent> {
  const [event] = await schoolEventRows(tx, scope.orgId, [eventId]);
  if (!event) throw new NotFoundError("event");
  if (!organiser && !invites(event, await groupsOfParent(tx, scope.orgId, scope.userId)))
    throw new NotFoundError("event");
  return event;
}

export interface ListedEvent extends SchoolEvent {
  state: EventState;
}

/** Staff: every event of the school; a parent: the events they are invited to. Coming first, then past. */
export function schoolEventList(
  scope: ViewerScope & { organiser: boolean; now?: Date },
): Promise<{ coming: ListedEvent[]; past: ListedEvent[] }> {
  return inOrg(scope, async (tx) => {
    const now = scope.now ?? new Date();
    let rows = await schoolEventRows(tx, scope.orgId);
    if (!scope.organiser) {
      const groups = await groupsOfParent(tx, scope.orgId, scope.userId);
      rows = rows.filter((row) => invites(row, groups));
    }
    const states = await eventStates(
      tx,
      scope.orgId,
      rows.map((r) => r.id),
      scope.userId,
      now,
    );
    const listed = rows.map((row) => ({ ...row, state: states.get(row.id)! }));
    return {
      coming: listed.filter((e) => e.endsAt > now),
      past: listed.filter((e) => e.endsAt <= now).reverse(),
    };
  });
}

export interface ComingEvent {
  event: SchoolEvent;
  state: EventState;
  /** A parent: the child in a group it invites (none for the whole organisation). */
  pupilId: string | null;
  /** Staff: the group they teach that it invites (none for the whole organisation). */
  groupId: string | null;
}

/**
 * For a home page: the events not cancelled that have not ended and start before `until`. A
 * parent gets those inviting them; an organiser those of the whole organisation and of the groups
 * they teach (`everyGroup`: the leaders, every event).
 */
export function comingSchoolEvents(
  scope: ViewerScope & { as: "parent" | "organiser"; everyGroup?: boolean; now: Date; until: Date },
): Promise<ComingEvent[]> {
  return inOrg(scope, async (tx) => {
    const ids = await tx
      .select({ id: events.id })
      .from(schoolEvents)
      .innerJoin(events, onKey(events, schoolEvents.orgId, schoolEvents.eventId))
      .where(
        and(
          eq(schoolEvents.orgId, scope.orgId),
          isNull(events.cancelledAt),
          gt(events.endsAt, scope.now),
          lt(events.startsAt, scope.until),
        ),
      );
    if (!ids.length) return [];
    const rows = await schoolEventRows(
      tx,
      scope.orgId,
      ids.map((r) => r.id),
    );
    // Which of the person's children or groups an event is for: the first one it invites.
    const mine =
      scope.as === "parent"
        ? (await childrenOfGuardian(tx, scope.orgId, scope.userId)).flatMap((c) =>
            c.groupId ? [{ id: c.pupilId, groupId: c.groupId }] : [],
          )
        : (await groupsOfTeacher(tx, scope.orgId, scope.userId)).map((g) => ({ id: g.groupId, groupId: g.groupId }));
    const forMe = (event: SchoolEvent) => mine.find((m) => event.groupIds.includes(m.groupId))?.id ?? null;
    const shown = rows.filter((row) => row.wholeOrg || (scope.as === "organiser" && scope.everyGroup) || forMe(row));
    const states = await eventStates(
      tx,
      scope.orgId,
      shown.map((r) => r.id),
      scope.userId,
      scope.now,
    );
    return shown.map((event) => {
      const which = event.wholeOrg ? null : forMe(event);
      return {
        event,
        state: states.get(event.id)!,
        pupilId: scope.as === "parent" ? which : null,
        groupId: scope.as === "organiser" ? which : null,
      };
    });
  });
}

export interface EventPageData {
  event: SchoolEvent;
  state: EventState;
  topics: Topic[];
  /** For organisers: who signed up, the waiting list and attendance. */
  list: SignupList | null;
}

export function schoolEventPage(
  scope: ViewerScope & { eventId: string; organiser: boolean; now?: Date },
): Promise<EventPageData> {
  return inOrg(scope, async (tx) => {
    const event = await visibleEvent(tx, scope, scope.eventId, scope.organiser);
    const state = (await eventStates(tx, scope.orgId, [event.id], scope.userId, scope.now)).get(event.id)!;
    return {
      event,
      state,
      topics: await topicsOf(tx, scope.orgId, event.id, scope.userId),
      list: scope.organiser ? await signupList(tx, scope.orgId, event.id) : null,
    };
  });
}

/** The event's form values as stored, for editing. */
export function schoolEventToEdit(scope: ViewerScope & { eventId: string }): Promise<SchoolEvent> {
  return inOrg(scope, (tx) => visibleEvent(tx, scope, scope.eventId, true));
}

export type SaveSchoolEventRefusal = SaveRefusal | Refused<"unknownGroup" | "started">;

/** Whether an event can still be changed: not once it has started (see saveSchoolEvent). */
export const editable = (event: Pick<SchoolEvent, "startsAt">, now = new Date()): boolean =>
  startsInFuture(event.startsAt, now);

/**
 * Creates (no id) or changes an event; a larger capacity moves the waiting list up.
 *
 * An event that has started or is over is not changed at all, not even its title or description.
 * As with a training's session and with cancelling, what happened stays as it was: a new place or
 * time would send calendar updates and mails about an evening that has been, more places would
 * move people up from the waiting list for it, and the list under "Geweest" is the record of what
 * took place. What follows an event (attendance, the summary) has its own forms.
 */
export function saveSchoolEvent(
  scope: ViewerScope & { eventId: string | null; input: SchoolEventInput; now?: Date },
  deps: MoveUpDeps,
): Promise<Outcome<{ eventId: string }, SaveSchoolEventRefusal>> {
  return inOrg(scope, async (tx) => {
    const { input } = scope;
    if (scope.eventId && !editable(await visibleEvent(tx, scope, scope.eventId, true), scope.now))
      return refuse("started", "events.refusal.editStarted", "conflict");
    const groups = input.audience === "all" ? [] : input.groups;
    if (groups.length && !(await areCurrentGroups(tx, scope.orgId, groups)))
      return refuse("unknownGroup", "events.error.groups", "invalid", "groups");
    const saved = await saveEvent(tx, scope.orgId, scope.eventId, {
      title: input.title,
      startsAt: localToUtc(input.day, input.startsAt),
      endsAt: localToUtc(input.day, input.endsAt),
      place: input.place,
      capacity: input.capacity,
      path: scope.eventId ? schoolEventPath(scope.eventId) : "/events",
      waitingList: true,
    });
    if (!saved.ok) return saved;
    const eventId = saved.eventId;
    const details = {
      kind: input.kind,
      description: input.description,
      onlineUrl: input.onlineUrl,
      wholeOrg: input.audience === "all",
    };
    if (scope.eventId) {
      await tx
        .update(schoolEvents)
        .set(details)
        .where(ofOrg(schoolEvents, scope.orgId, { eventId }));
      await tx.delete(schoolEventGroups).where(ofOrg(schoolEventGroups, scope.orgId, { eventId }));
      await moveUp(tx, await lockedEvent(tx, scope.orgId, eventId), deps);
    } else {
      await tx
        .update(events)
        .set({ path: schoolEventPath(eventId) })
        .where(ofOrg(events, scope.orgId, { id: eventId }));
      await tx.insert(schoolEvents).values({ orgId: scope.orgId, eventId, createdBy: scope.userId, ...details });
    }
    if (groups.length)
      await tx.insert(schoolEventGroups).values(groups.map((groupId) => ({ orgId: scope.orgId, eventId, groupId })));
    return { ok: true, eventId };
  });
}

export function rsvp(
  scope: ViewerScope & { eventId: string; people: number; now?: Date },
  deps: MoveUpDeps,
): Promise<Outcome<Signed, SignupRefusal>> {
  return inOrg(scope, async (tx) => {
    await visibleEvent(tx, scope, scope.eventId, false);
    return signUp(
      tx,
      { orgId: scope.orgId, eventId: scope.eventId, userId: scope.userId, people: scope.people, now: scope.now },
      deps,
    );
  });
}

export function cancelRsvp(
  scope: ViewerScope & { eventId: string; now?: Date },
  deps: MoveUpDeps,
): Promise<Outcome<{ movedUp: number }, CancelRefusal>> {
  return inOrg(scope, async (tx) => {
    await visibleEvent(tx, scope, scope.eventId, false);
    return cancelSignup(tx, { orgId: scope.orgId, eventId: scope.eventId, userId: scope.userId, now: scope.now }, deps);
  });
}

export type AttendanceRefusal = Refused<"notYet">;

/** After the start: who of those signed up came (the others did not). */
export function recordAttendance(
  scope: ViewerScope & { eventId: string; came: string[]; now?: Date },
): Promise<Outcome<{ came: number }, AttendanceRefusal>> {
  return inOrg(scope, async (tx) => {
    const event = await visibleEvent(tx, scope, scope.eventId, true);
    if (event.startsAt > (scope.now ?? new Date())) return refuse("notYet", "events.refusal.notYet", "conflict");
    const mine = and(
      eq(eventSignups.orgId, scope.orgId),
      eq(eventSignups.eventId, event.id),
      eq(eventSignups.waiting, false),
    );
    await tx.update(eventSignups).set({ attended: false }).where(mine);
    const came = scope.came.length
      ? await tx
          .update(eventSignups)
          .set({ attended: true })
          .where(and(mine, inArray(eventSignups.userId, scope.came)))
          .returning({ userId: eventSignups.userId })
      : [];
    return { ok: true, came: came.length };
  });
}

/** The parents an event invites who can sign in, each once. */
async function invitedParents(tx: Tx, orgId: string, event: SchoolEvent) {
  const parents = await parentAccountsOf(tx, orgId);
  if (event.wholeOrg) return parents;
  const year = await currentSchoolYear(tx, orgId);
  const groups = new Set(event.groupIds);
  const invited = new Set(
    year
      ? (await parentAccountsOfYear(tx, orgId, year.id)).filter((r) => groups.has(r.groupId)).map((r) => r.userId)
      : [],
  );
  return parents.filter((p) => invited.has(p.userId));
}

/**
 * Saves the summary; the first time it is mailed to every parent invited (a later correction is
 * saved without mailing everyone again). Returns how many were mailed.
 */
export function sendSummary(
  scope: ViewerScope & { eventId: string; summary: string },
  deps: MoveUpDeps,
): Promise<{ mailed: number }> {
  return inOrg(scope, async (tx) => {
    // The event's row locked: two organisers sending at once mail everyone once.
    await lockedEvent(tx, scope.orgId, scope.eventId);
    const event = await visibleEvent(tx, scope, scope.eventId, true);
    await tx
      .update(schoolEvents)
      .set({ summary: scope.summary, summarySentAt: event.summarySentAt ?? new Date() })
      .where(ofOrg(schoolEvents, scope.orgId, { eventId: event.id }));
    if (event.summarySentAt) return { mailed: 0 };
    const school = await schoolNameOf(tx, scope.orgId);
    const recipients = (await invitedParents(tx, scope.orgId, event)).map((p) => ({
      ...p,
      locale: localeOf(p.locale),
    }));
    await notify(tx, deps.jobs, eventSummary, recipients, (to, t) => {
      const params = {
        title: event.title,
        time: formatSlot(to.locale, event.startsAt, event.endsAt),
        summary: scope.summary,
        url: `${deps.config.publicUrl}${schoolEventPath(event.id)}`,
      };
      return {
        subject: t("events.mail.summary.subject", params),
        text: letter(t, { name: to.name, from: school }, t("events.mail.summary.text", params)),
      };
    });
    return { mailed: recipients.length };
  });
}

/**
 * Cancels the event: everyone signed up or waiting is mailed a calendar cancellation. An event that
 * has started (or ended) is refused (cancelEvent).
 */
export function cancelSchoolEvent(
  scope: ViewerScope & { eventId: string; now?: Date },
  deps: MoveUpDeps,
): Promise<Outcome<Cancelled, Refused<"started">>> {
  return inOrg(scope, async (tx) => {
    await visibleEvent(tx, scope, scope.eventId, true);
    return cancelEvent(tx, deps, { orgId: scope.orgId, eventId: scope.eventId, now: scope.now });
  });
}

/** A topic command for a parent the event invites (404 otherwise). */
export function asInvitedParent<T>(scope: ViewerScope & { eventId: string }, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return inOrg(scope, async (tx) => {
    await visibleEvent(tx, scope, scope.eventId, false);
    return fn(tx);
  });
}
