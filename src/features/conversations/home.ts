/**
 * What conversations put on the home page. A parent: per child, a round open for booking where
 * the child has no time yet (now), and the child's booked conversation ahead (coming). A
 * teacher: a round still open where they have given no times (now), and their booked
 * conversations ahead (coming).
 */
import { formatMoment, formatSlot } from "../../lib/time/format.js";
import type { HomeContext, HomeContributor, HomeItem } from "../../web/home.js";
import { bookingWindow } from "./domain/rules.js";
import { canBook, canSeeRounds } from "./policy.js";
import { bookingPage, listParentRounds } from "./service/parent-view.js";
import { listStaffRounds } from "./service/rounds.js";
import { mySchedule } from "./service/schedule.js";
import { teacherLabel } from "./teacher-label.js";

const scopeOf = ({ db, orgId, viewer }: HomeContext) => ({ db, orgId, userId: viewer.userId });

async function forParent(context: HomeContext): Promise<HomeItem[]> {
  const { t, locale, now } = context;
  const items: HomeItem[] = [];
  for (const round of await listParentRounds(scopeOf(context))) {
    const open = bookingWindow(round, now) === "open";
    const page = await bookingPage({ ...scopeOf(context), roundId: round.id });
    const href = `/conversations/rounds/${round.id}/book`;
    for (const child of page.children) {
      const about = { pupilId: child.pupilId };
      const { booking } = child;
      if (booking && booking.endsAt > now) {
        const time = formatSlot(locale, booking.startsAt, booking.endsAt);
        const text = t("conversations.home.booked", { time, teacher: teacherLabel(t, booking.teacherName) });
        items.push({ section: "coming", about, text, href, at: booking.startsAt });
      } else if (!booking && open) {
        const key = round.mode === "fair" ? "conversations.home.prefer" : "conversations.home.book";
        const text = t(key, { round: round.name, until: formatMoment(locale, round.closesAt) });
        items.push({ section: "now", about, text, href, at: round.closesAt });
      }
    }
  }
  return items;
}

/** Only teachers have their own times; a leader who teaches no group of the round has none. */
async function forTeacher(context: HomeContext): Promise<HomeItem[]> {
  const { t, locale, now } = context;
  const items: HomeItem[] = [];
  for (const round of await listStaffRounds({ ...scopeOf(context), access: "own-groups" })) {
    const { rows } = await mySchedule({ ...scopeOf(context), roundId: round.id });
    const ahead = rows.filter((row) => row.booking && row.endsAt > now);
    const first = ahead[0];
    if (first) {
      const text = t("conversations.home.schedule", {
        count: ahead.length,
        round: round.name,
        first: formatMoment(locale, first.startsAt),
      });
      items.push({ section: "coming", text, href: `/conversations/rounds/${round.id}/schedule`, at: first.startsAt });
    } else if (rows.length === 0 && bookingWindow(round, now) !== "closed") {
      const text = t("conversations.home.availability", { round: round.name });
      items.push({ section: "now", text, href: `/conversations/rounds/${round.id}/availability`, at: round.opensAt });
    }
  }
  return items;
}

export const conversationsHome: HomeContributor = async (context) => [
  ...(canBook(context.viewer) ? await forParent(context) : []),
  ...(canSeeRounds(context.viewer) ? await forTeacher(context) : []),
];
