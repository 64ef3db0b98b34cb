/**
 * The one rule for an action's date: a new date may not lie in the past (the action would start
 * overdue), but a date kept as it was may (the action is overdue). The form checks it to show it
 * beside every other problem; the commands check it again as the last word.
 */
export function movedIntoPast(dueOn: string | null, kept: string | null, today: string): boolean {
  return dueOn !== null && dueOn !== kept && dueOn < today;
}
