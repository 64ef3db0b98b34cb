/**
 * Volunteer tasks (hulpouders). A task is an event of src/features/events (time, place, capacity
 * = the number of people needed, sign-ups with the event's row locked so a task is never
 * over-full, and the reminder the day before with a calendar invitation); this feature adds what
 * is expected and the groups asked. A parent of a child in one of those groups signs up (one
 * place each) or cancels; staff see who is coming and write to them.
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, inArray, isNull, type SQL } from "drizzle-orm";
import { recordAuditBy } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { eventSignups, events, users, volunteerTaskGroups, volunteerTasks } from "../../../db/schema/index.js";
import { localToUtc } from "../../../lib/time/zone.js";
import { formatSlot } from "../../../lib/time/format.js";
import { letter } from "../../../mail/letter.js";
import { notify, type MailDeps } from "../../../mail/notify.js";
import { InputError } from "../../../web/input-error.js";
import { NotFoundError } from "../../../web/errors.js";
import { localeOf } from "../../../web/i18n/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import {
  cancelSignup,
  eventEntryColumns,
  eventStates,
  saveEvent,
  signUp,
  signupList,
  type EventState,
  type MoveUpDeps,
  type SignupList,
} from "../../events/index.js";
import { areCurrentGroups, childrenOfGuardian, groupNames, schoolNameOf, stillHereAmong } from "../../pupils/index.js";
import { volunteerMessage } from "../notifications.js";
import type { TaskInput } from "../schemas.js";

export const taskPath = (taskId: string) => `/network/tasks/${taskId}`;

export function createTask(scope: ViewerScope & { input: TaskInput; now?: Date }): Promise<{ taskId: string }> {
  return inOrg(scope, async (tx) => {
    const { input } = scope;
    if (!(await areCurrentGroups(tx, scope.orgId, input.groupIds)))
      throw new InputError("groupIds", "network.error.groups");
    const startsAt = localToUtc(input.date, input.startsAt);
    if (startsAt <= (scope.now ?? new Date())) throw new InputError("date", "network.error.past");
    const taskId = randomUUID();
    const saved = await saveEvent(tx, scope.orgId, null, {
      title: input.title,
      startsAt,
      endsAt: localToUtc(input.date, input.endsAt),
      place: input.place,
      capacity: input.needed,
      path: taskPath(taskId),
      waitingList: true,
    });
    if (!saved.ok) throw new Error("a new event cannot be refused");
    await tx.insert(volunteerTasks).values({
      orgId: scope.orgId,
      id: taskId,
      eventId: saved.eventId,
      expected: input.expected,
      authorId: scope.userId,
    });
    await tx
      .insert(volunteerTaskGroups)
      .values(input.groupIds.map((groupId) => ({ orgId: scope.orgId, taskId, groupId })));
    await recordAuditBy(tx, scope, { action: "create", entity: "volunteer_task", entityId: taskId });
    return { taskId };
  });
}

export interface TaskSummary {
  id: string;
  title: string;
  expected: string;
  groups: string[];
  event: EventState;
}

async function taskRows(tx: Tx, orgId: string, where: ReturnType<typeof and>) {
  return tx
    .select({
      id: volunteerTasks.id,
      eventId: volunteerTasks.eventId,
      expected: volunteerTasks.expected,
      title: events.title,
    })
    .from(volunteerTasks)
    .innerJoin(events, and(eq(events.orgId, volunteerTasks.orgId), eq(events.id, volunteerTasks.eventId)))
    .where(and(eq(volunteerTasks.orgId, orgId), where))
    .orderBy(asc(events.startsAt), asc(events.title), asc(events.id));
}

async function groupsOfTasks(tx: Tx, orgId: string, taskIds: readonly string[]) {
  if (!taskIds.length) return new Map<string, string[]>();
  const rows = await tx
    .select({ taskId: volunteerTaskGroups.taskId, groupId: volunteerTaskGroups.groupId })
    .from(volunteerTaskGroups)
    .where(and(eq(volunteerTaskGroups.orgId, orgId), inArray(volunteerTaskGroups.taskId, [...taskIds])));
  const names = new Map(
    (await groupNames(tx, orgId, [...new Set(rows.map((r) => r.groupId))])).map((g) => [g.id, g.name]),
  );
  const byTask = new Map<string, string[]>();
  for (const row of rows) byTask.set(row.taskId, [...(byTask.get(row.taskId) ?? []), names.get(row.groupId) ?? ""]);
  for (const list of byTask.values()) list.sort((a, b) => a.localeCompare(b, "nl", { numeric: true }));
  return byTask;
}

async function summaries(
  tx: Tx,
  scope: ViewerScope,
  rows: Awaited<ReturnType<typeof taskRows>>,
  now: Date,
): Promise<TaskSummary[]> {
  const states = await eventStates(
    tx,
    scope.orgId,
    rows.map((r) => r.eventId),
    scope.userId,
    now,
  );
  const groups = await groupsOfTasks(
    tx,
    scope.orgId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    expected: row.expected,
    groups: groups.get(row.id) ?? [],
    event: states.get(row.eventId)!,
  }));
}

/** The group ids of this parent's children now. */
async function parentGroupIds(tx: Tx, orgId: string, userId: string): Promise<string[]> {
  const children = await childrenOfGuardian(tx, orgId, userId);
  return [...new Set(children.flatMap((c) => (c.groupId ? [c.groupId] : [])))];
}

/** Tasks still to come: all for staff, those asking one of their children's groups for a parent. */
export function upcomingTasks(scope: ViewerScope & { asStaff: boolean; now?: Date }): Promise<TaskSummary[]> {
  const now = scope.now ?? new Date();
  return inOrg(scope, async (tx) => {
    const upcoming = and(gt(events.endsAt, now), isNull(events.cancelledAt));
    if (scope.asStaff) return summaries(tx, scope, await taskRows(tx, scope.orgId, upcoming), now);
    const groupIds = await parentGroupIds(tx, scope.orgId, scope.userId);
    if (!groupIds.length) return [];
    const asked = tx
      .select({ taskId: volunteerTaskGroups.taskId })
      .from(volunteerTaskGroups)
      .where(and(eq(volunteerTaskGroups.orgId, scope.orgId), inArray(volunteerTaskGroups.groupId, groupIds)));
    return summaries(tx, scope, await taskRows(tx, scope.orgId, and(upcoming, inArray(volunteerTasks.id, asked))), now);
  });
}

/** The task's row with its event, if this viewer may see it (staff, or a parent of a group asked); else 404. */
async function visibleTask(tx: Tx, scope: ViewerScope & { taskId: string; asStaff: boolean }) {
  const [row] = await taskRows(tx, scope.orgId, eq(volunteerTasks.id, scope.taskId));
  if (!row) throw new NotFoundError("task");
  if (!scope.asStaff) {
    const groupIds = await parentGroupIds(tx, scope.orgId, scope.userId);
    const asked = groupIds.length
      ? await tx
          .select({ groupId: volunteerTaskGroups.groupId })
          .from(volunteerTaskGroups)
          .where(
            ofOrg(volunteerTaskGroups, scope.orgId, { taskId: row.id }, inArray(volunteerTaskGroups.groupId, groupIds)),
          )
      : [];
    if (!asked.length) throw new NotFoundError("task");
  }
  return row;
}

export interface TaskPage {
  task: TaskSummary;
  /** Who is coming: for staff only. */
  signups: SignupList | null;
}

export function taskPage(scope: ViewerScope & { taskId: string; asStaff: boolean; now?: Date }): Promise<TaskPage> {
  const now = scope.now ?? new Date();
  return inOrg(scope, async (tx) => {
    const row = await visibleTask(tx, scope);
    const [task] = await summaries(tx, scope, [row], now);
    return { task: task!, signups: scope.asStaff ? await signupList(tx, scope.orgId, row.eventId) : null };
  });
}

export type TaskSignupRefusal = Refused<"full" | "alreadySignedUp" | "started" | "cancelled" | "notSignedUp">;

/** The events' refusal in this feature's words ("this task is full"). */
function taskRefusal(reason: TaskSignupRefusal["reason"]): TaskSignupRefusal {
  return refuse(reason, `network.refusal.${reason}`, "conflict");
}

/** The events' words for a parent who got a task's place from the waiting list, in this feature's. */
const taskMoveUp = (deps: Omit<MoveUpDeps, "movedUpMail">): MoveUpDeps => ({
  ...deps,
  movedUpMail: { subject: "network.mail.movedUp.subject", text: "network.mail.movedUp.text" },
});

/**
 * Whether this parent has a row for the task already, read without the lock: a second press of
 * "Ik help mee" is told so at once instead of queueing behind everyone racing for the places.
 * Everything else (a place or a place in line) is decided by the events' signUp under the lock.
 */
async function alreadyThere(tx: Tx, orgId: string, eventId: string, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ userId: eventSignups.userId })
    .from(eventSignups)
    .where(ofOrg(eventSignups, orgId, { eventId, userId }));
  return row !== undefined;
}

/**
 * Signs the parent up (one place), or when the task is full puts them on its waiting list
 * (`waitingPosition`, 1 is next). A task made before tasks had a waiting list refuses as full.
 */
export function signUpForTask(
  scope: ViewerScope & { taskId: string; now?: Date; deps?: Omit<MoveUpDeps, "movedUpMail"> },
): Promise<Outcome<{ waitingPosition: number | null }, TaskSignupRefusal>> {
  return inOrg(scope, async (tx) => {
    const row = await visibleTask(tx, { ...scope, asStaff: false });
    if (await alreadyThere(tx, scope.orgId, row.eventId, scope.userId)) return taskRefusal("alreadySignedUp");
    const done = await signUp(
      tx,
      { orgId: scope.orgId, eventId: row.eventId, userId: scope.userId, people: 1, now: scope.now },
      scope.deps && taskMoveUp(scope.deps),
    );
    return done.ok ? { ok: true, waitingPosition: done.waitingPosition } : taskRefusal(done.reason);
  });
}

/** Cancels the parent's place (or place in line); a freed place goes to the first waiting, who is mailed. */
export function cancelTaskSignup(
  scope: ViewerScope & { taskId: string; now?: Date; deps: Omit<MoveUpDeps, "movedUpMail"> },
): Promise<Outcome<{ movedUp: number; wasWaiting: boolean }, TaskSignupRefusal>> {
  return inOrg(scope, async (tx) => {
    const row = await visibleTask(tx, { ...scope, asStaff: false });
    const done = await cancelSignup(
      tx,
      { orgId: scope.orgId, eventId: row.eventId, userId: scope.userId, now: scope.now },
      taskMoveUp(scope.deps),
    );
    return done.ok ? { ok: true, movedUp: done.movedUp, wasWaiting: done.wasWaiting } : taskRefusal(done.reason);
  });
}

export type MessageRefusal = Refused<"nobodyComing">;

/**
 * Staff write to everyone with a place for the task (not the waiting list) who still belongs to
 * the school: a parent who left since signing up gets nothing more. Returns how many were written to.
 */
export function messageVolunteers(
  scope: ViewerScope & { taskId: string; deps: MailDeps; body: string },
): Promise<Outcome<{ sent: number }, MessageRefusal>> {
  return inOrg(scope, async (tx) => {
    const row = await visibleTask(tx, { ...scope, asStaff: true });
    const signedUp = await tx
      .select({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
      .from(eventSignups)
      .innerJoin(users, eq(users.id, eventSignups.userId))
      .where(ofOrg(eventSignups, scope.orgId, { eventId: row.eventId, waiting: false }));
    const here = await stillHereAmong(
      tx,
      scope.orgId,
      signedUp.map((p) => p.userId),
    );
    const coming = signedUp.filter((p) => here.has(p.userId));
    if (!coming.length) return refuse("nobodyComing", "network.refusal.nobodyComing", "conflict");
    const [event] = await tx
      .select({ startsAt: events.startsAt, endsAt: events.endsAt })
      .from(events)
      .where(ofOrg(events, scope.orgId, { id: row.eventId }));
    const [author] = await tx.select({ name: users.name }).from(users).where(eq(users.id, scope.userId));
    const school = await schoolNameOf(tx, scope.orgId);
    const link = `${scope.deps.publicUrl}${taskPath(row.id)}`;
    const recipients = coming.map(({ email, name, locale }) => ({
      email,
      name,
      locale: localeOf(locale),
    }));
    await notify(tx, scope.deps.jobs, volunteerMessage, recipients, (to, t) => ({
      subject: t("network.mail.volunteers.subject", { title: row.title }),
      text: letter(
        t,
        { name: to.name, from: school },
        t("network.mail.volunteers.text", {
          who: author?.name ?? school,
          title: row.title,
          time: formatSlot(to.locale, event!.startsAt, event!.endsAt),
          body: scope.body,
          link,
        }),
      ),
    }));
    return { ok: true, sent: recipients.length };
  });
}

/**
 * The volunteer tasks this person has a place for (not the waiting list) whose events meet the
 * conditions, soonest first, with the event's calendar columns: their calendar and their home page.
 */
export function tasksWithPlace(tx: Tx, orgId: string, userId: string, ...conditions: SQL[]) {
  return tx
    .select({ ...eventEntryColumns, taskId: volunteerTasks.id, expected: volunteerTasks.expected })
    .from(eventSignups)
    .innerJoin(events, and(eq(events.orgId, eventSignups.orgId), eq(events.id, eventSignups.eventId)))
    .innerJoin(volunteerTasks, and(eq(volunteerTasks.orgId, events.orgId), eq(volunteerTasks.eventId, events.id)))
    .where(
      and(
        eq(eventSignups.orgId, orgId),
        eq(eventSignups.userId, userId),
        eq(eventSignups.waiting, false),
        ...conditions,
      ),
    )
    .orderBy(asc(events.startsAt), asc(events.title), asc(events.id));
}

/** The tasks this parent has a place for (not the waiting list) still to come, soonest first (their home page). */
export function myUpcomingTasks(scope: ViewerScope & { now: Date }) {
  return inOrg(scope, async (tx) => {
    const rows = await tasksWithPlace(
      tx,
      scope.orgId,
      scope.userId,
      gt(events.endsAt, scope.now),
      isNull(events.cancelledAt),
    ).limit(10);
    return rows.map(({ taskId, title, startsAt, endsAt }) => ({ id: taskId, title, startsAt, endsAt }));
  });
}
