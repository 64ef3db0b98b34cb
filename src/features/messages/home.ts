/**
 * What messages put on the home page. A parent, on each child's card: a message from the school
 * (now), an answer to their own message (new), and by when they may expect an answer (coming),
 * or, that day passed, that the answer is late (late).
 * Staff: messages about the children of their groups that wait for an answer (now); the leader
 * and coordinator also how many wait longer than the reply time (now).
 */
import { childInGroup } from "../../web/group-name.js";
import { formatSchoolDay } from "../../lib/time/format.js";
import type { HomeContributor, HomeItem } from "../../web/home.js";
import { answerDueOn, isOverdue } from "./domain/reply-time.js";
import { isMessagingStaff, mayManageMessages, mayUseMessages } from "./policy.js";
import { inbox, overdueThreads } from "./service/reading.js";
import { readSettings } from "./service/settings.js";

export const messagesHome: HomeContributor = async ({ db, viewer, orgId, t, locale, now }) => {
  if (!mayUseMessages(viewer)) return [];
  const manager = mayManageMessages(viewer);
  const scope = { db, orgId, userId: viewer.userId, manager, now };
  const [threads, settings, overdue] = await Promise.all([
    inbox(scope),
    readSettings(scope),
    manager ? overdueThreads(scope) : Promise.resolve([]),
  ]);
  const items: HomeItem[] = [];
  for (const thread of threads) {
    const href = `/messages/${thread.id}`;
    const params = {
      child: thread.childName,
      childInGroup: childInGroup(t, thread.childName, thread.groupName),
      subject: thread.subject,
    };
    if (thread.side === "parent") {
      const about = { pupilId: thread.pupilId };
      if (thread.unread && thread.startedBySide === "staff")
        items.push({ section: "now", about, href, text: t("messages.home.fromSchool", params), at: thread.lastAt });
      else if (thread.unread)
        items.push({ section: "new", about, href, text: t("messages.home.answer", params), at: thread.lastAt });
      else if (thread.awaitingSince && !thread.closed) {
        const day = formatSchoolDay(locale, answerDueOn(thread.awaitingSince, settings.replyDays));
        // Once the promised day has passed, the answer is late, not coming.
        if (isOverdue(thread.awaitingSince, settings.replyDays, now))
          items.push({ section: "late", about, href, text: t("messages.home.lateParent", { ...params, day }) });
        else items.push({ section: "coming", about, href, text: t("messages.home.waitingParent", { ...params, day }) });
      }
    } else if (isMessagingStaff(viewer) && thread.unread && thread.awaitingSince && !thread.closed && !manager) {
      const group = thread.groupId ? { group: { groupId: thread.groupId } } : {};
      items.push({
        section: "now",
        href,
        text: t("messages.home.waitingStaff", params),
        at: thread.awaitingSince,
        ...group,
      });
    }
  }
  if (overdue.length)
    items.push({
      section: "now",
      href: "/messages/overdue",
      text: t("messages.home.overdue", { count: overdue.length, days: settings.replyDays }),
    });
  return items;
};
