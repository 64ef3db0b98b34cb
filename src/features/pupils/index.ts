/**
 * The pupils feature as other features see it: the school directory. Groups, children, guardians
 * and teachers are read only through these functions, each in the caller's transaction.
 */
export {
  areCurrentGroups,
  currentGroups,
  groupsOfSchoolYear,
  groupsOfTeacher,
  teachersOfGroups,
  type CurrentGroup,
  type Teacher,
  type TeacherGroup,
} from "./directory/groups.js";
export {
  childrenOfGuardian,
  guardiansOfChildren,
  guardiansOfGroup,
  type ChildGuardian,
  type GuardianChild,
} from "./directory/families.js";
export { organisationCounts, type OrganisationCounts } from "./directory/counts.js";
