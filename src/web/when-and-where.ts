/**
 * What every form that plans a meeting checks (a training's session, a school's event): it starts
 * in the future, and it says where, with a place, a link for online, or both. The messages are in
 * the core catalog, so both features say it the same way.
 */

/** The message for a meeting that would start now or before. */
export const pastMessage = "error.past";

/** Whether a meeting starting at this moment is still to come. */
export const startsInFuture = (startsAt: Date, now: Date = new Date()): boolean => startsAt > now;

/** Whether the form says where: a place, a link for online, or both. */
export const saysWhere = (form: { place: string; onlineUrl: string }): boolean =>
  form.place !== "" || form.onlineUrl !== "";

/** The issue beside the place when it does not (`.refine(saysWhere, whereIssue)`). */
export const whereIssue = { path: ["place"], message: "error.where" };
