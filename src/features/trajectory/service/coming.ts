/**
 * The trajectory's parent evenings and joint sessions beyond the trajectory's own pages: in the
 * information calendar (the calendar's extension point) and on the home page. A session that
 * takes sign-ups is an event (src/features/events) and shows with its times and the person's
 * sign-up; one without is a day. Who is invited is the trajectory's rule (`invitesParent`); team
 * modules and skipped sessions never show.
 */
import type { Tx } from "../../../db/client.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { formatSchoolDay } from "../../../lib/time/format.js";
import { schoolDate, schoolToday } from "../../../lib/time/school-date.js";
import type { HomeContext, HomeContributor, HomeItem } from "../../../web/home.js";
import type { CalendarEntry, CalendarSource } from "../../calendar/index.js";
import { eventHomeItem, eventStates, HOME_DAYS, type EventState } from "../../events/index.js";
import { childrenOfGuardian, groupNames } from "../../pupils/index.js";
import { mayFollowAsParent, mayFollowTrajectory } from "../policy.js";
import { parentSessionPath, sessionEventIds } from "./event-link.js";
import { sessionsOf, type SessionRow } from "./facts.js";
import { invitesParent } from "./parent-view.js";
import { activeTrajectory } from "./trajectories.js";

interface ParentSession {
  session: SessionRow & { heldOn: string };
  event: EventState | null;
}

/**
 * The active trajectory's parent and joint sessions on a day from..to, not skipped, that these
 * groups are invited to (null: all, for staff), each with its event as this person sees it.
 */
async function parentSessions(
  tx: Tx,
  scope: { orgId: string; userId: string; groupIds: ReadonlySet<string | null> | null; now?: Date },
  from: string,
  to: string,
): Promise<ParentSession[]> {
  const trajectory = await activeTrajectory(tx, scope.orgId);
  if (!trajectory) return [];
  const sessions = (await sessionsOf(tx, scope.orgId, trajectory.id)).filter(
    (s): s is ParentSession["session"] =>
      s.line !== "school" &&
      s.status !== "skipped" &&
      s.heldOn !== null &&
      s.heldOn >= from &&
      s.heldOn <= to &&
      (scope.groupIds === null || invitesParent(s, scope.groupIds)),
  );
  if (!sessions.length) return [];
  const eventIds = await sessionEventIds(tx, scope.orgId);
  const ids = sessions.flatMap((s) => eventIds.get(s.id) ?? []);
  const states = await eventStates(tx, scope.orgId, ids, scope.userId, scope.now);
  return sessions
    .map((session) => {
      const eventId = eventIds.get(session.id);
      return { session, event: (eventId && states.get(eventId)) || null };
    })
    .sort((a, b) => a.session.heldOn.localeCompare(b.session.heldOn));
}

export const sessionsCalendarSource: CalendarSource = {
  name: "trajectory",
  async read(tx, audience, range) {
    const groupIds = audience.groupIds === null ? null : new Set<string | null>(audience.groupIds);
    const rows = await parentSessions(tx, { ...audience, groupIds }, range.from, range.to);
    const invited = [...new Set(rows.flatMap((r) => r.session.groupIds))];
    const names = new Map((await groupNames(tx, audience.orgId, invited)).map((g) => [g.id, g.name]));
    return rows.flatMap(({ session, event }): CalendarEntry[] => {
      if (event?.cancelled) return [];
      const common = {
        title: session.topic,
        kind: "parent_evening" as const,
        description: session.goals || undefined,
        href: audience.groupIds === null ? "/trajectory" : parentSessionPath(session.id),
        groups: session.groupIds.map((id) => names.get(id) ?? "").sort(),
      };
      if (event)
        return [
          {
            ...common,
            // The event's UID, as in its reminder's invitation: a calendar that has both shows one.
            uid: `${event.id}@samen`,
            sequence: event.sequence,
            when: { allDay: false as const, startsAt: event.startsAt, endsAt: event.endsAt },
            place: event.place || undefined,
          },
        ];
      return [
        {
          ...common,
          uid: `trajectory-session-${session.id}@samen`,
          // No sequence of its own: the last change in seconds rises with every edit (until 2038).
          sequence: Math.floor(session.updatedAt.getTime() / 1000),
          when: { allDay: true as const, startsOn: session.heldOn, endsOn: session.heldOn },
        },
      ];
    });
  },
};

/** Parent evenings of the next weeks: for a parent those inviting them, for staff all of them. */
export function comingSessions(
  scope: ViewerScope & { as: "parent" | "staff"; now: Date },
): Promise<(ParentSession & { pupilId: string | null })[]> {
  return inOrg(scope, async (tx) => {
    const children = scope.as === "parent" ? await childrenOfGuardian(tx, scope.orgId, scope.userId) : [];
    const groupIds = scope.as === "parent" ? new Set(children.map((c) => c.groupId)) : null;
    const today = schoolToday(scope.now);
    const until = schoolDate(new Date(scope.now.getTime() + HOME_DAYS * 86_400_000));
    const rows = await parentSessions(tx, { ...scope, groupIds }, today, until);
    return rows
      .filter((row) => row.session.status === "planned")
      .map((row) => ({
        ...row,
        pupilId: children.find((c) => c.groupId !== null && row.session.groupIds.includes(c.groupId))?.pupilId ?? null,
      }));
  });
}

export const trajectoryHome: HomeContributor = async (context: HomeContext) => {
  const { db, orgId, viewer, now, t, locale } = context;
  const roles = [
    ...(mayFollowAsParent(viewer) ? (["parent"] as const) : []),
    ...(mayFollowTrajectory(viewer) ? (["staff"] as const) : []),
  ];
  const items: HomeItem[] = [];
  for (const as of roles) {
    for (const { session, event, pupilId } of await comingSessions({ db, orgId, userId: viewer.userId, as, now })) {
      const href = as === "parent" ? parentSessionPath(session.id) : "/trajectory";
      if (event) {
        const item = eventHomeItem(context, as === "parent" ? "parent" : "organiser", {
          title: session.topic,
          state: event,
          href,
          pupilId,
        });
        if (item) items.push(item);
      } else {
        const text = t("trajectory.parents.home.session", {
          topic: session.topic,
          day: formatSchoolDay(locale, session.heldOn),
        });
        items.push({ section: "coming", text, href, ...(pupilId ? { about: { pupilId } } : {}) });
      }
    }
  }
  return items;
};
