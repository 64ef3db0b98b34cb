/** A person's roles as a page or a mail names them, in the reader's language. */
import type { StaffRole } from "../auth/viewer.js";
import type { Translate } from "./i18n/index.js";

/** "Leraar / pm'er, Mentor": each role's name from the catalogs, in the order given. */
export function rolesInText(t: Translate, roles: readonly StaffRole[]): string {
  return roles.map((role) => t(`role.${role}`)).join(", ");
}
