/**
 * The one rule for a held session's day: it needs one, and one that has come. The form checks it
 * to show it beside every other problem; the commands check it again as the last word.
 */
export function heldDayProblem(
  session: { held: boolean; heldOn: string | null },
  today: string,
): "trajectory.error.heldNeedsDate" | "trajectory.error.heldInFuture" | null {
  if (!session.held) return null;
  if (session.heldOn === null) return "trajectory.error.heldNeedsDate";
  return session.heldOn > today ? "trajectory.error.heldInFuture" : null;
}
