/**
 * The waiting-list rule of a training session, pure: a confirmed registration gets a place while
 * fewer than `capacity` have one, else it waits; when a place becomes free the one who confirmed
 * first among those waiting gets it. The service applies it with the session's row locked.
 */
export type Placement = "placed" | "waiting";

export function placementFor(capacity: number, placed: number): Placement {
  return placed < capacity ? "placed" : "waiting";
}

/** How many of those waiting move up when `placed` of `capacity` places are taken. */
export function movingUp(capacity: number, placed: number, waiting: number): number {
  return Math.max(0, Math.min(waiting, capacity - placed));
}
