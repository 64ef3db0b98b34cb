/** The groups the frequently asked questions are shown in, in this order. */
export const TOPICS = ["reach", "conversations", "diversity", "community", "participation"] as const;
export type Topic = (typeof TOPICS)[number];

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}

/** The items of each topic in the topics' order, leaving out empty topics (pure). */
export function groupByTopic<T extends { topic: string }>(items: readonly T[]): { topic: Topic; items: T[] }[] {
  return TOPICS.map((topic) => ({ topic, items: items.filter((item) => item.topic === topic) })).filter(
    (group) => group.items.length > 0,
  );
}
