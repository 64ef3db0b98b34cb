/**
 * A group's name in running text. Dutch schools speak of "groep 7", but the demo and most imports
 * store only "7" (or "7A"): a name that starts with a digit gets the word from the catalogs, a name
 * that already is a word ("Groep 7", "Peuters", "Kleuterklas") stays as it is. Table cells under
 * a "Groep" header show the stored name; this is for sentences.
 */
import type { Translate } from "./i18n/index.js";

/** "groep 7" for "7"; "Groep 7" and "Peuters" unchanged. */
export function groupInText(t: Translate, name: string): string {
  return /^\d/.test(name.trim()) ? t("group.inText", { name: name.trim() }) : name;
}

/** Several groups in running text, each as `groupInText` writes it: "groep 4, groep 7, Peuters". */
export function groupsInText(t: Translate, names: readonly string[]): string {
  return names.map((name) => groupInText(t, name)).join(", ");
}

/** A child with their group, as a choice or a list line shows them: "Daan (groep 7)", or "Daan" without a group. */
export function childInGroup(t: Translate, child: string, group: string | null): string {
  return group ? `${child} (${groupInText(t, group)})` : child;
}
