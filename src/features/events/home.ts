/**
 * What events put on the home page, for the school's own events here and for the events other
 * features own (the trajectory's parent evenings, through `eventHomeItem` in index.ts). A parent:
 * an event inviting them that they have not answered waits for them ("now") while a place or the
 * waiting list is open; one they signed up for, wait for, or that is full is coming. Staff who
 * organise: the events of the next weeks with the places taken, on their group's card.
 */
import { canManageOrganisation } from "../../auth/viewer.js";
import { formatSlot } from "../../lib/time/format.js";
import type { HomeContext, HomeContributor, HomeItem } from "../../web/home.js";
import type { Locale, Translate } from "../../web/i18n/index.js";
import { isGuardianHere } from "../../auth/viewer.js";
import { mayOrganiseEvents } from "./policy.js";
import type { EventState } from "./service/events.js";
import { comingSchoolEvents, schoolEventPath } from "./service/school-events.js";

/** How far ahead the home page looks. */
export const HOME_DAYS = 30;

export interface HomeEvent {
  title: string;
  state: EventState;
  /** Where one signs up (a parent) or sees the sign-ups (staff). */
  href: string;
  pupilId?: string | null;
  groupId?: string | null;
}

/** One event as a home item for a parent or an organiser; nothing for a cancelled or ended one. */
export function eventHomeItem(
  { t, locale }: { t: Translate; locale: Locale },
  as: "parent" | "organiser",
  { title, state, href, pupilId, groupId }: HomeEvent,
): HomeItem | null {
  if (state.cancelled) return null;
  const time = formatSlot(locale, state.startsAt, state.endsAt);
  const base = { href, at: state.startsAt, ...(pupilId ? { about: { pupilId } } : {}) };
  if (as === "organiser") {
    const text =
      state.capacity === null
        ? t("events.home.staffOpen", { title, time, taken: state.taken })
        : t("events.home.staff", { title, time, taken: state.taken, capacity: state.capacity });
    return { ...base, section: "coming", text, ...(groupId ? { group: { groupId } } : {}) };
  }
  if (state.waitingPosition !== null)
    return {
      ...base,
      section: "coming",
      text: t("events.home.waiting", { title, time, position: state.waitingPosition }),
    };
  if (state.mine !== null)
    return { ...base, section: "coming", text: t("events.home.signedUp", { title, time, people: state.mine }) };
  if (state.started) return null;
  const open = state.placesLeft === null || state.placesLeft > 0;
  if (open || state.waitingList)
    return {
      ...base,
      section: "now",
      text: t(open ? "events.home.invited" : "events.home.invitedWaiting", { title, time }),
    };
  return { ...base, section: "coming", text: t("events.home.full", { title, time }) };
}

export const eventsHome: HomeContributor = async (context: HomeContext) => {
  const { db, orgId, viewer, now } = context;
  const scope = { db, orgId, userId: viewer.userId, now, until: new Date(now.getTime() + HOME_DAYS * 86_400_000) };
  const roles = [
    ...(isGuardianHere(viewer) ? (["parent"] as const) : []),
    ...(mayOrganiseEvents(viewer) ? (["organiser"] as const) : []),
  ];
  const items: HomeItem[] = [];
  for (const as of roles) {
    const coming = await comingSchoolEvents({ ...scope, as, everyGroup: canManageOrganisation(viewer) });
    for (const { event, state, pupilId, groupId } of coming) {
      const item = eventHomeItem(context, as, {
        title: event.title,
        state,
        href: schoolEventPath(event.id),
        pupilId,
        groupId,
      });
      if (item) items.push(item);
    }
  }
  return items;
};
