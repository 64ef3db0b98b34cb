/**
 * Suggestions of buddies for one request, best first: a volunteer who speaks one of the parent's
 * languages comes first (the most common reason the school is hard to reach), then one with a
 * child in the same group, then the most parts of the week both are available, then the one with
 * the fewest parents already; a volunteer who is full, or the parent themselves, is left out.
 * Pure (ranking.test.ts).
 */
export interface Seeker {
  userId: string;
  languages: readonly string[];
  groupIds: readonly string[];
  availability: readonly string[];
}

export interface Volunteer extends Seeker {
  offerId: string;
  capacity: number;
  /** Parents they are paired with now. */
  paired: number;
}

export interface Suggestion<V extends Volunteer = Volunteer> {
  volunteer: V;
  sharedLanguages: string[];
  sharedGroups: string[];
  sharedAvailability: string[];
}

const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x));

export function rankBuddies<V extends Volunteer>(seeker: Seeker, volunteers: readonly V[]): Suggestion<V>[] {
  return volunteers
    .filter((v) => v.userId !== seeker.userId && v.paired < v.capacity)
    .map((volunteer) => ({
      volunteer,
      sharedLanguages: shared(seeker.languages, volunteer.languages),
      sharedGroups: shared(seeker.groupIds, volunteer.groupIds),
      sharedAvailability: shared(seeker.availability, volunteer.availability),
    }))
    .sort(
      (x, y) =>
        Number(y.sharedLanguages.length > 0) - Number(x.sharedLanguages.length > 0) ||
        Number(y.sharedGroups.length > 0) - Number(x.sharedGroups.length > 0) ||
        y.sharedAvailability.length - x.sharedAvailability.length ||
        y.sharedLanguages.length - x.sharedLanguages.length ||
        x.volunteer.paired - y.volunteer.paired ||
        x.volunteer.offerId.localeCompare(y.volunteer.offerId),
    );
}

/** Whole days between two moments: how long a pair has been together. */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 86_400_000));
}
