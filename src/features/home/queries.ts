/** What each role sees first on its home page, read within the current organisation from the school directory. */
import { asc } from "drizzle-orm";
import { withOrg, type Db } from "../../db/client.js";
import { organisations } from "../../db/schema/index.js";
import { fullName } from "../../lib/names.js";
import { activeTrajectory } from "../trajectory/index.js";
import {
  childrenOfGuardian,
  currentGroups,
  groupsOfTeacher,
  groupsWithoutTeacher,
  organisationCounts,
  teachersOfGroups,
  type OrganisationCounts,
  type TeacherGroup,
} from "../pupils/index.js";

export interface ChildSummary {
  pupilId: string;
  name: string;
  groupName: string | null;
  teachers: string[];
}

/** A parent's own children in this organisation, with their group and its teachers. */
export function listMyChildren(db: Db, scope: { orgId: string; userId: string }): Promise<ChildSummary[]> {
  return withOrg(db, scope, async (tx) => {
    const children = await childrenOfGuardian(tx, scope.orgId, scope.userId);
    const groupIds = children.map((c) => c.groupId).filter((id): id is string => id !== null);
    const teachers = await teachersOfGroups(tx, scope.orgId, groupIds);
    return children.map((child) => ({
      pupilId: child.pupilId,
      name: fullName(child),
      groupName: child.groupName,
      teachers: child.groupId ? (teachers.get(child.groupId) ?? []).map((teacher) => teacher.name) : [],
    }));
  });
}

export type GroupSummary = TeacherGroup;

/** The groups a teacher or mentor is assigned to, in school years not archived. */
export function listMyGroups(db: Db, scope: { orgId: string; userId: string }): Promise<GroupSummary[]> {
  return withOrg(db, scope, (tx) => groupsOfTeacher(tx, scope.orgId, scope.userId));
}

/** The first steps of a new organisation, each done or not from what is there. */
export interface FirstSteps {
  /** Pupils with their parents, added or imported. */
  register: boolean;
  /** Someone besides the leader on the team. */
  team: boolean;
  /** Every current group has a teacher (else its families get no conversation times). */
  groups: boolean;
  trajectory: boolean;
}

export type OrganisationOverview = OrganisationCounts & { steps: FirstSteps };

/** Counts for the school leader's overview, and how far the first steps are. */
export function organisationOverview(db: Db, scope: { orgId: string; userId: string }): Promise<OrganisationOverview> {
  return withOrg(db, scope, async (tx) => {
    const counts = await organisationCounts(tx, scope.orgId);
    const groups = await currentGroups(tx, scope.orgId);
    const teacherless = await groupsWithoutTeacher(tx, scope.orgId, groups);
    const steps = {
      register: counts.pupils > 0 && counts.guardians > 0,
      team: counts.staff > 1,
      groups: groups.length > 0 && teacherless.length === 0,
      trajectory: (await activeTrajectory(tx, scope.orgId)) !== null,
    };
    return { ...counts, steps };
  });
}

/** Every organisation on the platform, for the platform administrator. */
export function listAllOrganisations(db: Db) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      type: organisations.type,
      code: organisations.registrationCode,
    })
    .from(organisations)
    .orderBy(asc(organisations.name));
}
