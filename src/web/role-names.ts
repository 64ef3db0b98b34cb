/**
 * A person's roles as a page or a mail names them, in the reader's language. The catalogs write a
 * role's name as it stands alone, with a capital ("Coördinator ouderbetrokkenheid"): so it reads in a
 * table cell or a list. Inside a sentence it reads in lower case ("nodigt u uit als coördinator
 * ouderbetrokkenheid"), which `rolesInText` makes here, once, rather than a second name per role.
 */
import type { StaffRole } from "../auth/viewer.js";
import { translator, wordingOf, type Locale, type Translate } from "./i18n/index.js";

/** A role with a name in the catalogs: the staff roles, a parent, the platform's administrator. */
export type RoleName = StaffRole | "parent" | "admin";

/** "Leraar, Mentor": each role's name as it stands alone, for a table cell or a list. */
export function roleNames(t: Translate, roles: readonly RoleName[]): string {
  return roles.map((role) => t(`role.${role}`)).join(", ");
}

/**
 * "leraar, mentor": the names inside a sentence. Only a name's first letter is lowered, and
 * not when it begins an abbreviation ("ICT-coördinator", "BSO-medewerker"), so the rest of a name
 * (a proper part, an abbreviation further on) stays as the catalog writes it.
 */
export function rolesInText(t: Translate, roles: readonly RoleName[]): string {
  return roles.map((role) => inSentence(t(`role.${role}`))).join(", ");
}

function inSentence(name: string): string {
  if (/^\p{Lu}{2}/u.test(name)) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/**
 * The roles inside a sentence in the words of the organisation that gives them (an invitation from a
 * daycare says "pedagogisch medewerker" while the person's page may speak for a school).
 */
export function rolesOfOrgInText(locale: Locale, orgType: string, roles: readonly RoleName[]): string {
  return rolesInText(translator(locale, wordingOf(orgType)), roles);
}
