/**
 * How a post is signed: with the writer's name while they belong to the organisation, as "a
 * former parent" (or "a former staff member") once they left or deleted their account. Pure, so
 * that every page signs the same way (author.test.ts).
 */
export type WriterRole = "parent" | "staff";

export type Signature =
  { kind: "name"; name: string; staff: boolean } | { kind: "former"; role: WriterRole } | { kind: "deleted" };

export interface Writer {
  authorId: string | null;
  authorRole: WriterRole;
  deleted: boolean;
}

/** `present`: the accounts that still belong to the organisation, with their names. */
export function signatureOf(writer: Writer, present: ReadonlyMap<string, string>): Signature {
  if (writer.deleted) return { kind: "deleted" };
  const name = writer.authorId ? present.get(writer.authorId) : undefined;
  if (name === undefined) return { kind: "former", role: writer.authorRole };
  return { kind: "name", name, staff: writer.authorRole === "staff" };
}
