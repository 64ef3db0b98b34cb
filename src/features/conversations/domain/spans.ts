/**
 * Times that touch or overlap joined into one span, so a message names "18:00–19:00" once rather
 * than each of its six conversation times.
 */
export interface Span {
  startsAt: Date;
  endsAt: Date;
}

/** The spans covered by these times, by start: times back to back or overlapping become one. */
export function joinTouching(times: readonly Span[]): Span[] {
  const sorted = [...times].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const joined: Span[] = [];
  for (const { startsAt, endsAt } of sorted) {
    const last = joined.at(-1);
    if (last && startsAt <= last.endsAt) {
      if (endsAt > last.endsAt) last.endsAt = endsAt;
    } else joined.push({ startsAt, endsAt });
  }
  return joined;
}
