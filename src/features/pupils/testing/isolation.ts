/** The route walk's ids of this feature: every school comes with children, guardians, groups and a year (createSchool). */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";

export const isolation: IsolationFactory = async ({ school }) => ({
  pupilId: [school.child.id, school.other.id],
  guardianId: [school.guardian.id, school.otherGuardian.id],
  groupId: [school.groupA.id, school.groupB.id],
  yearId: [school.year.id],
});
