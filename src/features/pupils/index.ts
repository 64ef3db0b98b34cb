/**
 * The pupils feature as other features see it: the school directory. Groups, children, guardians
 * and teachers are read only through these functions, each in the caller's transaction; no other
 * feature imports pupils' tables (eslint.config.js). And the audit trail's extension point: a
 * feature whose audit details name its things by id says how the trail finds them (`auditReferences`).
 */
export {
  areCurrentGroups,
  currentGroups,
  groupIdsOfTeacher,
  groupNameOf,
  groupNames,
  groupsOfRows,
  groupsOfSchoolYear,
  groupsOfTeacher,
  groupsWithoutTeacher,
  hasGroupsAt,
  removeFromAllGroups,
  teachersOfGroups,
  type CurrentGroup,
  type GroupLinks,
  type Teacher,
  type TeacherGroup,
} from "./directory/groups.js";
export {
  childGroupsOfParents,
  childrenOfGuardian,
  guardianAccountsAmong,
  guardianIdsOfUser,
  guardiansById,
  guardiansOfChildren,
  guardiansOfGroup,
  parentAccountsOf,
  parentAccountsOfYear,
  type ChildGuardian,
  type ParentAccount,
  type GuardianChild,
} from "./directory/families.js";
export {
  childrenOfUser,
  childrenWithGuardians,
  childrenWithTeachersOfGuardian,
  groupAddressesOf,
  pupilsOfGroups,
  type ChildGroupRow,
  type ChildWithGuardians,
  type FamilyGuardian,
  type RoundFamilyChild,
} from "./directory/children.js";
export { groupIdsOfParent, parentAccountsPage } from "./directory/audience.js";
export { stillHere, stillHereAmong } from "./directory/presence.js";
export { schoolNameOf } from "./directory/school.js";
export { organisationCounts, type OrganisationCounts } from "./directory/counts.js";
export {
  currentSchoolYear,
  guardianLinks,
  guardiansWithEmail,
  numberedPupils,
  schoolYearsOf,
  type SchoolYearRef,
  type SchoolYearRow,
} from "./directory/register.js";
export { auditReferences, type AuditReferenceSource, type ReferencedThings } from "./service/audit-references.js";
