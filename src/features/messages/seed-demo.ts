/**
 * The demo's messages at De Regenboog: the school's quiet hours (18:00–07:30 and weekends, an
 * answer within two working days), a parent's message written at 21:40 last night about Lotte
 * (group 7), delivered to both of her teachers at 07:30 and answered by one; a message from her
 * teacher the parent has not read yet; and a message about Sem (group 4) nobody answered for a
 * week, which the coordinator finds among the overdue threads. No mail is sent for them.
 */
import type { Tx } from "../../db/client.js";
import { orderedId } from "../../db/ordered-id.js";
import { messagePosts, messageReads, messageSettings, messageThreads } from "../../db/schema/index.js";
import { schoolDate } from "../../lib/time/school-date.js";
import { localToUtc } from "../../lib/time/zone.js";
import { childrenOfGuardian } from "../pupils/index.js";
import { DEFAULT_QUIET_HOURS, deliveryMoment, isWeekend, nextDate } from "./domain/quiet-hours.js";

interface DemoPeople {
  parentId: string;
  /** Lotte's teachers in group 7: the first answers. */
  teacherIds: [string, string];
}

interface DemoPost {
  authorId: string;
  side: "parent" | "staff";
  body: string;
  at: Date;
  readBy: string[];
}

/** The working day this many working days before today (school time), at this time. */
function previousWorkingDay(now: Date, daysBack: number, time: string): Date {
  let date = schoolDate(now);
  for (let counted = 0; counted < daysBack;) {
    date = nextDate(date, -1);
    if (!isWeekend(date)) counted++;
  }
  return localToUtc(date, time);
}

async function thread(
  tx: Tx,
  orgId: string,
  values: { pupilId: string; subject: string; startedBy: string; side: "parent" | "staff"; awaiting: boolean },
  posts: DemoPost[],
) {
  const delivered = posts.map((post) =>
    post.side === "parent" ? deliveryMoment(post.at, DEFAULT_QUIET_HOURS) : post.at,
  );
  const [row] = await tx
    .insert(messageThreads)
    .values({
      orgId,
      pupilId: values.pupilId,
      subject: values.subject,
      startedBy: values.startedBy,
      startedBySide: values.side,
      createdAt: posts[0]!.at,
      lastPostAt: delivered.at(-1)!,
      awaitingSince: values.awaiting ? delivered[0]! : null,
    })
    .returning();
  for (const [index, post] of posts.entries()) {
    const [stored] = await tx
      .insert(messagePosts)
      .values({
        id: orderedId(),
        orgId,
        threadId: row!.id,
        authorId: post.authorId,
        side: post.side,
        body: post.body,
        createdAt: post.at,
        deliverAt: delivered[index]!,
        notifiedAt: delivered[index]!,
      })
      .returning();
    const readers = [...new Set([post.authorId, ...post.readBy])];
    await tx
      .insert(messageReads)
      .values(readers.map((userId) => ({ orgId, postId: stored!.id, userId, readAt: delivered[index]! })));
  }
}

export async function seedMessagesDemo(tx: Tx, orgId: string, people: DemoPeople, now = new Date()): Promise<void> {
  await tx
    .insert(messageSettings)
    .values({ orgId, quietFrom: "18:00", quietUntil: "07:30", quietWeekends: true, replyDays: 2 });
  const children = await childrenOfGuardian(tx, orgId, people.parentId);
  const lotte = children.find((c) => c.firstName === "Lotte");
  const sem = children.find((c) => c.firstName === "Sem");
  const [fatima, daan] = people.teacherIds;
  if (lotte) {
    // 21:40 the evening before the last working day: delivered at 07:30 that day (Monday after a weekend).
    const evening = localToUtc(nextDate(schoolDate(previousWorkingDay(now, 1, "12:00")), -1), "21:40");
    const answered = new Date(deliveryMoment(evening, DEFAULT_QUIET_HOURS).getTime() + 40 * 60_000);
    await thread(
      tx,
      orgId,
      {
        pupilId: lotte.pupilId,
        subject: "Zwemles vrijdag",
        startedBy: people.parentId,
        side: "parent",
        awaiting: false,
      },
      [
        {
          authorId: people.parentId,
          side: "parent",
          body: "Beste juf en meester,\n\nLotte heeft een oorontsteking en mag van de huisarts **twee weken niet zwemmen**. Kan zij vrijdag iets anders doen tijdens de zwemles?\n\nGroet, Anna Jansen",
          at: evening,
          readBy: [fatima, daan],
        },
        {
          authorId: fatima,
          side: "staff",
          body: "Dank u voor het laten weten! Lotte mag vrijdag met meester Daan mee naar de bibliotheek. Beterschap voor haar.",
          at: answered,
          readBy: [people.parentId, daan],
        },
      ],
    );
    await thread(
      tx,
      orgId,
      {
        pupilId: lotte.pupilId,
        subject: "Schoolreisje: lunchpakket",
        startedBy: fatima,
        side: "staff",
        awaiting: false,
      },
      [
        {
          authorId: fatima,
          side: "staff",
          body: "Beste ouders van Lotte,\n\nVolgende week gaan we op schoolreisje naar het Spoorwegmuseum. Wilt u Lotte een lunchpakket en een drinkbeker meegeven? Laat u het weten als zij iets niet mag eten?\n\nJuf Fatima",
          at: new Date(now.getTime() - 60 * 60_000),
          readBy: [daan],
        },
      ],
    );
  }
  if (sem) {
    await thread(
      tx,
      orgId,
      { pupilId: sem.pupilId, subject: "Huiswerk rekenen", startedBy: people.parentId, side: "parent", awaiting: true },
      [
        {
          authorId: people.parentId,
          side: "parent",
          body: "Sem vindt de rekenopdrachten van deze week erg moeilijk. Kunnen we kijken hoe we hem thuis kunnen helpen?",
          at: previousWorkingDay(now, 5, "15:20"),
          readBy: [],
        },
      ],
    );
  }
}
