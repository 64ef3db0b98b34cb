/**
 * When an event can no longer be cancelled: from its start on. Its sign-ups are its attendance
 * then, and a cancellation for a calendar would remove an evening that took place. The one rule
 * for every owner that cancels (the events page, a skipped parent evening). Pure.
 */
export function tooLateToCancel(event: { startsAt: Date; cancelled: boolean }, now: Date = new Date()): boolean {
  // Cancelled already: cancelling again changes nothing and mails nobody, so it is not refused.
  return !event.cancelled && event.startsAt <= now;
}
