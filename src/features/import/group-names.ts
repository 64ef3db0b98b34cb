/**
 * When two spellings name the same group. Exports write a group as "Groep 7", "groep 7", "Gr. 7",
 * "gr 7" or just "7", and a combined group as "7/8", "7-8" or "Groep 7 / 8"; a school that has
 * group "7" must find it in each, or an import would make a near-duplicate beside it.
 */

const PREFIX = /^(?:groep|group|gr\.?)\s*(?=[0-9])/;

/** The key two spellings of one group share: lower case, no "Groep"/"Gr." before a number, "7/8" for a pair. */
export function groupKey(name: string): string {
  const plain = name.trim().toLowerCase().replace(/\s+/g, " ");
  return plain.replace(PREFIX, "").replace(/\s*[/\-+&]\s*/g, "/");
}
