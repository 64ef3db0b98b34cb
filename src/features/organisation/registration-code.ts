/**
 * Registration codes: a school's BRIN code (2 digits and 2 letters, "12AB") or
 * a daycare's number in the Landelijk Register Kinderopvang (9 digits).
 * Preschools can be either: a voorschool at a school has a BRIN code, a
 * peuteropvang is registered in the LRK.
 */
import type { MessageKey } from "../../web/i18n/index.js";

export const organisationTypes = ["primary", "secondary", "special", "preschool", "daycare"] as const;
export type OrganisationType = (typeof organisationTypes)[number];

const BRIN = /^[0-9]{2}[A-Z]{2}$/;
const LRK = /^[0-9]{9}$/;

function patternsFor(type: OrganisationType): RegExp[] {
  if (type === "daycare") return [LRK];
  if (type === "preschool") return [BRIN, LRK];
  return [BRIN];
}

/** The code as stored (no spaces, upper case), or null when it does not fit this type of organisation. */
export function normaliseRegistrationCode(type: OrganisationType, raw: string): string | null {
  const code = raw.replace(/[\s.-]/g, "").toUpperCase();
  return patternsFor(type).some((p) => p.test(code)) ? code : null;
}

/** The message that explains which code this type of organisation needs. */
export function registrationCodeError(type: OrganisationType): MessageKey {
  if (type === "daycare") return "org.code.lrk";
  if (type === "preschool") return "org.code.either";
  return "org.code.brin";
}
