/**
 * The capacity rule of an event: the people coming, summed over every sign-up, never exceed the
 * capacity (none means no limit). A person changing their own sign-up counts without their
 * earlier number. Pure; the service applies it with the event's row locked.
 */
export const MAX_PEOPLE = 10;

export interface Occupancy {
  capacity: number | null;
  /** People coming over every sign-up, this person's earlier one included. */
  taken: number;
  /** This person's earlier number; 0 when they had not signed up. */
  own: number;
}

/** Whether `people` more may come instead of this person's earlier number. */
export function admits({ capacity, taken, own }: Occupancy, people: number): boolean {
  return capacity === null || taken - own + people <= capacity;
}

/** Places left; null when there is no limit. */
export function placesLeft({ capacity, taken }: Pick<Occupancy, "capacity" | "taken">): number | null {
  return capacity === null ? null : Math.max(0, capacity - taken);
}
