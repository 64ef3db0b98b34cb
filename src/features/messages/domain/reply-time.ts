/**
 * The reply time parents may expect, in working days (Monday to Friday), counted from the day a
 * message is delivered to staff: delivered on Monday with two working days, the answer comes by
 * the end of Wednesday; delivered on Friday, by the end of Tuesday; delivered on a Saturday (a
 * school without quiet weekends), by the end of Tuesday. Pure rules (reply-time.test.ts).
 */
import { schoolDate, schoolToday } from "../../../lib/time/school-date.js";
import { isWeekend, nextDate } from "./quiet-hours.js";

/** The last school date on which an answer is on time. */
export function answerDueOn(deliveredAt: Date, replyDays: number): string {
  let date = schoolDate(deliveredAt);
  for (let counted = 0; counted < replyDays;) {
    date = nextDate(date);
    if (!isWeekend(date)) counted++;
  }
  return date;
}

/** Whether a message delivered then and not answered is overdue now. */
export function isOverdue(deliveredAt: Date, replyDays: number, now: Date): boolean {
  return schoolToday(now) > answerDueOn(deliveredAt, replyDays);
}
