/**
 * What a school must show to be certified, as the platform administrator sets it. The defaults
 * follow issue 12: in every domain a current mean of at least 3.5 for team and parents, no domain
 * lower than at the nulmeting, and sessions held on both lines. A certificate is valid three
 * years unless the platform says otherwise.
 */
import { z } from "zod";
import { domainIds, type DomainId } from "../../measurements/index.js";

export interface Criteria {
  /** The lowest current mean (on the five-point scale) per domain, for team and parents alike. */
  domainMinimums: Record<DomainId, number>;
  /** No domain may be lower at the eindmeting than at the nulmeting. */
  noDecline: boolean;
  /** Sessions held on the school line and on the parent line; a joint session counts on both. */
  minSchoolSessions: number;
  minParentSessions: number;
  validityYears: number;
}

export const DEFAULT_MINIMUM = 3.5;

export const defaultCriteria: Criteria = {
  domainMinimums: Object.fromEntries(domainIds.map((d) => [d, DEFAULT_MINIMUM])) as Record<DomainId, number>,
  noDecline: true,
  minSchoolSessions: 2,
  minParentSessions: 2,
  validityYears: 3,
};

const minimum = z.number().min(1).max(5);

/** Criteria as stored; anything else in the row is refused rather than half-applied. */
export const criteriaSchema = z.object({
  domainMinimums: z.object(Object.fromEntries(domainIds.map((d) => [d, minimum])) as Record<DomainId, typeof minimum>),
  noDecline: z.boolean(),
  minSchoolSessions: z.number().int().min(0).max(50),
  minParentSessions: z.number().int().min(0).max(50),
  validityYears: z.number().int().min(1).max(10),
});
