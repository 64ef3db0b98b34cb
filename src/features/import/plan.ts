/**
 * Compares validated rows with what the school already has and lists what an
 * import would change. Pure: the caller loads `existing`, shows the plan for
 * confirmation, then writes it. Importing the same file twice gives a plan in
 * which everything is unchanged.
 */
import { groupKey } from "./group-names.js";
import type { GuardianData, PupilData, RowResult, ValidRow } from "./rows.js";
import { eachInTurns } from "./turns.js";

export interface ExistingPupil {
  id: string;
  firstName: string;
  surnamePrefix: string | null;
  surname: string;
  dateOfBirth: string | null;
  groupName: string | null;
}

export interface ExistingData {
  pupilsByNumber: ReadonlyMap<string, ExistingPupil>;
  /** Keys in any case; matching is case-insensitive. */
  guardiansByEmail: ReadonlyMap<string, { id: string; name: string }>;
  /** Keys in any case; "5a" and "5A" are the same group. */
  groupsByName: ReadonlyMap<string, { id: string }>;
  /** Existing links: guardian ids per pupil id. Without it, every link in the file is planned as new. */
  guardianIdsByPupilId?: ReadonlyMap<string, ReadonlySet<string>>;
}

export type PupilChangeField = "firstName" | "surnamePrefix" | "surname" | "dateOfBirth" | "groupName";
export interface PupilChange {
  field: PupilChangeField;
  from: string | null;
  to: string | null;
}

export interface ImportPlan {
  pupils: {
    create: { row: number; pupil: PupilData }[];
    /** `pupil` is the complete new state to write; `changes` says what differs. */
    update: { row: number; id: string; pupil: PupilData; changes: PupilChange[] }[];
    unchanged: { row: number; id: string; pupilNumber: string }[];
  };
  /**
   * Group names (spelled as in the file) that do not exist yet, in any spelling. When the school
   * already has groups, a new one may be a spelling nobody recognised: someone decides for each such
   * name (`ask`) whether to create it or to put its pupils in an existing group (`mapped`) first.
   */
  groups: {
    create: string[];
    mapped: { from: string; to: string }[];
    /** New names nobody has decided on yet; the import is refused while there are any. */
    ask: string[];
    /** The school's groups this year, which a new name may be mapped onto. */
    existing: string[];
    confirm: boolean;
  };
  guardians: {
    create: { email: string; name: string }[];
    update: { id: string; email: string; name: string; previousName: string }[];
    unchanged: { id: string; email: string }[];
  };
  /** Ids are null when the pupil or guardian is created by this import; resolve by number/e-mail. */
  links: { add: { pupilNumber: string; guardianEmail: string; pupilId: string | null; guardianId: string | null }[] };
  counts: {
    rowsValid: number;
    rowsRejected: number;
    pupilsToCreate: number;
    pupilsToUpdate: number;
    pupilsUnchanged: number;
    groupsToCreate: number;
    guardiansToCreate: number;
    guardiansToUpdate: number;
    guardiansUnchanged: number;
    linksToAdd: number;
  };
}

/**
 * What the person decided for group names the school does not have, by the file's spelling:
 * `create` (true: every such name) and `mapTo` (file name → the existing group's name).
 */
export interface GroupDecisions {
  create?: boolean | ReadonlySet<string>;
  mapTo?: ReadonlyMap<string, string>;
}

/**
 * Invalid rows may be passed along; they are only counted. Planned in pieces with turns of the event
 * loop between them (turns.ts): a 5 MB file's plan took the server's only thread for up to a second.
 */
export async function planImport(input: {
  rows: readonly RowResult[];
  existing: ExistingData;
  groups?: GroupDecisions;
}): Promise<ImportPlan> {
  const { existing } = input;
  const valid = input.rows.filter((r): r is ValidRow => r.ok);
  const keyOf = groupKeys();
  const groupNames = await canonicalGroupNames(valid, existing.groupsByName, keyOf, input.groups?.mapTo);
  const { pupils, guardians } = await mergeRows(valid);
  const existingGuardians = new Map<string, { id: string; name: string }>();
  await eachInTurns(existing.guardiansByEmail, ([email, g]) => existingGuardians.set(email.toLowerCase(), g));

  const guardianPlan: ImportPlan["guardians"] = { create: [], update: [], unchanged: [] };
  await eachInTurns(guardians, ([email, name]) => {
    const current = existingGuardians.get(email);
    // The database needs a name; until the parent sets their own at activation, the
    // address is the most recognisable stand-in for the school (see rows.ts).
    if (!current) guardianPlan.create.push({ email, name: name ?? email });
    else if (name !== null && name !== current.name) {
      guardianPlan.update.push({ id: current.id, email, name, previousName: current.name });
    } else guardianPlan.unchanged.push({ id: current.id, email });
  });

  const plan: ImportPlan["pupils"] = { create: [], update: [], unchanged: [] };
  const links: ImportPlan["links"] = { add: [] };
  await eachInTurns(pupils.values(), ({ row, pupil: filePupil, emails }) => {
    const group = groupNames.get(keyOf(filePupil.groupName));
    const pupil = { ...filePupil, groupName: group?.name ?? filePupil.groupName };
    const current = existing.pupilsByNumber.get(pupil.pupilNumber);
    const pupilId = current?.id ?? null;
    for (const email of emails) {
      const guardianId = existingGuardians.get(email)?.id ?? null;
      const known =
        pupilId !== null && guardianId !== null && existing.guardianIdsByPupilId?.get(pupilId)?.has(guardianId);
      if (!known) links.add.push({ pupilNumber: pupil.pupilNumber, guardianEmail: email, pupilId, guardianId });
    }
    if (!current) {
      plan.create.push({ row, pupil });
      return;
    }
    // A date of birth missing from the file is "unknown", not "remove": many exports leave it out.
    const target: PupilData = { ...pupil, dateOfBirth: pupil.dateOfBirth ?? current.dateOfBirth };
    const changes = diffPupil(current, target, keyOf);
    if (changes.length === 0) plan.unchanged.push({ row, id: current.id, pupilNumber: pupil.pupilNumber });
    else plan.update.push({ row, id: current.id, pupil: target, changes });
  });

  const groupPlan = planGroups(groupNames, existing, input.groups?.create ?? false);
  const groupsToCreate = groupPlan.create;

  return {
    pupils: plan,
    groups: groupPlan,
    guardians: guardianPlan,
    links,
    counts: {
      rowsValid: valid.length,
      rowsRejected: input.rows.length - valid.length,
      pupilsToCreate: plan.create.length,
      pupilsToUpdate: plan.update.length,
      pupilsUnchanged: plan.unchanged.length,
      groupsToCreate: groupsToCreate.length,
      guardiansToCreate: guardianPlan.create.length,
      guardiansToUpdate: guardianPlan.update.length,
      guardiansUnchanged: guardianPlan.unchanged.length,
      linksToAdd: links.add.length,
    },
  };
}

/**
 * groupKey, remembered per spelling: a file names a few dozen groups in 45,000 rows, and the key's
 * three regular expressions per row were a tenth of the plan's time.
 */
function groupKeys(): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = groupKey(name)));
    return key;
  };
}

interface GroupName {
  /** The spelling to use: the existing group's, else the first one in the file. */
  name: string;
  exists: boolean;
  /** The file's spelling, when the person mapped it onto an existing group of another name. */
  mappedFrom?: string;
}

/** Group key (group-names.ts) of each group the file names → the group its pupils go to. */
async function canonicalGroupNames(
  rows: ValidRow[],
  groups: ReadonlyMap<string, unknown>,
  keyOf: (name: string) => string,
  mapTo: ReadonlyMap<string, string> = new Map(),
): Promise<Map<string, GroupName>> {
  const existing = new Map<string, string>();
  for (const name of groups.keys()) if (!existing.has(keyOf(name))) existing.set(keyOf(name), name);
  const targets = new Map([...mapTo].map(([from, to]) => [keyOf(from), existing.get(keyOf(to))]));
  const inFile = new Map<string, GroupName>();
  await eachInTurns(rows, ({ pupil }) => {
    const key = keyOf(pupil.groupName);
    if (inFile.has(key)) return;
    const known = existing.get(key);
    const target = known === undefined ? targets.get(key) : undefined;
    if (target !== undefined) inFile.set(key, { name: target, exists: true, mappedFrom: pupil.groupName });
    else inFile.set(key, { name: known ?? pupil.groupName, exists: known !== undefined });
  });
  return inFile;
}

/**
 * New names are created without asking only in a school without groups: beside existing ones a new
 * name may be a spelling nobody recognised, and a silent near-duplicate splits a class in two.
 */
function planGroups(
  names: Map<string, GroupName>,
  existing: ExistingData,
  create: boolean | ReadonlySet<string>,
): ImportPlan["groups"] {
  const fresh = [...names.values()].filter((g) => !g.exists).map((g) => g.name);
  const chosen = create === true ? () => true : (name: string) => create !== false && hasKey(create, name);
  const ask = existing.groupsByName.size === 0 ? [] : fresh.filter((name) => !chosen(name));
  const mapped = [...names.values()].flatMap((g) => (g.mappedFrom ? [{ from: g.mappedFrom, to: g.name }] : []));
  const existingNames = [...existing.groupsByName.keys()].sort((a, b) => a.localeCompare(b, "nl", { numeric: true }));
  return { create: fresh, mapped, ask, existing: existingNames, confirm: ask.length > 0 };
}

/** Whether a set of file spellings holds a name, in any spelling of it. */
function hasKey(names: ReadonlySet<string>, name: string): boolean {
  const key = groupKey(name);
  return [...names].some((n) => groupKey(n) === key);
}

/**
 * Rows of the same pupil (one row per guardian exports) become one pupil with all guardians; one
 * guardian per e-mail address (siblings share parents), the first name given winning.
 */
async function mergeRows(rows: ValidRow[]) {
  const pupils = new Map<string, { row: number; pupil: PupilData; emails: Set<string> }>();
  const guardians = new Map<string, GuardianData["name"]>();
  await eachInTurns(rows, ({ row, pupil, guardians: list }) => {
    const entry = pupils.get(pupil.pupilNumber) ?? { row, pupil, emails: new Set<string>() };
    for (const { email, name } of list) {
      entry.emails.add(email);
      if (!guardians.has(email) || (guardians.get(email) === null && name !== null)) guardians.set(email, name);
    }
    pupils.set(pupil.pupilNumber, entry);
  });
  return { pupils, guardians };
}

function diffPupil(current: ExistingPupil, target: PupilData, keyOf: (name: string) => string): PupilChange[] {
  const changes: PupilChange[] = [];
  const fields = ["firstName", "surnamePrefix", "surname", "dateOfBirth"] as const;
  for (const field of fields) {
    if (current[field] !== target[field]) changes.push({ field, from: current[field], to: target[field] });
  }
  // "Groep 7" in the file is the pupil's group "7": no change.
  if (current.groupName === null || keyOf(current.groupName) !== keyOf(target.groupName)) {
    changes.push({ field: "groupName", from: current.groupName, to: target.groupName });
  }
  return changes;
}
