/**
 * Checks each data row and turns it into clean pupil and guardian data. A row
 * is either fully usable or rejected with message keys, so the school sees
 * exactly which spreadsheet rows to fix.
 */
import { guardianField } from "./fields.js";
import type { Field, GuardianSlot } from "./fields.js";
import type { ColumnMapping } from "./headers.js";
import type { Table } from "./parse.js";
import { parseDate } from "../../lib/time/dutch-date.js";
import { cleanSurnamePrefix, cleanText, localToday, parseEmail } from "./values.js";
import type { z } from "zod";
import { personFields } from "../../web/person-fields.js";
import { eachInTurns, mapInTurns } from "./turns.js";

export const REASON_CODES = [
  "import.reason.missingPupilNumber",
  "import.reason.missingFirstName",
  "import.reason.missingSurname",
  "import.reason.missingGroup",
  "import.reason.invalidDate",
  "import.reason.futureDate",
  "import.reason.invalidEmail",
  "import.reason.tooLong",
  "import.reason.duplicatePupilNumber",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const WARNING_CODES = ["import.warning.guardianNameMissing", "import.warning.guardianEmailMissing"] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface PupilData {
  /** Text, so leading zeros survive. */
  pupilNumber: string;
  firstName: string;
  surnamePrefix: string | null;
  surname: string;
  /** yyyy-mm-dd */
  dateOfBirth: string | null;
  groupName: string;
}

/** `name` is null when the file has an e-mail address but no name; see the plan for what is stored then. */
export interface GuardianData {
  name: string | null;
  email: string;
}

export interface ValidRow {
  ok: true;
  row: number;
  line: number;
  pupil: PupilData;
  guardians: GuardianData[];
  warnings: WarningCode[];
}

export interface InvalidRow {
  ok: false;
  row: number;
  line: number;
  reasons: ReasonCode[];
}

export type RowResult = ValidRow | InvalidRow;

export interface ValidateOptions {
  /** yyyy-mm-dd; defaults to the local date. Injected so tests do not depend on the clock. */
  today?: string;
}

type Cells = (field: Field) => string;

export async function validateRows(
  table: Table,
  mapping: ColumnMapping,
  options: ValidateOptions = {},
): Promise<RowResult[]> {
  const columnOf = new Map<Field, number>();
  for (const [column, field] of mapping) columnOf.set(field, column);
  const readers: Cells[] = table.rows.map((cells) => (field) => {
    const column = columnOf.get(field);
    return column === undefined ? "" : cleanText(cells[column] ?? "");
  });
  const conflicting = await conflictingPupilNumbers(readers);
  const today = options.today ?? localToday();

  return mapInTurns(readers, (get, i) => {
    const position = { row: table.rowNumbers[i] ?? i + 2, line: table.lineNumbers[i] ?? i + 2 };
    const reasons = new Set<ReasonCode>();
    const pupil = readPupil(get, today, reasons);
    if (conflicting.has(pupil.pupilNumber)) reasons.add("import.reason.duplicatePupilNumber");
    const warnings = new Set<WarningCode>();
    const guardians = readGuardians(get, reasons, warnings);
    if (reasons.size > 0) {
      return { ok: false, ...position, reasons: REASON_CODES.filter((code) => reasons.has(code)) };
    }
    return { ok: true, ...position, pupil, guardians, warnings: [...warnings] };
  });
}

/**
 * Some exports have one row per pupil–guardian pair, so a pupil number may
 * repeat with identical pupil data; the plan merges those. The same number with
 * different data is a real conflict: all those rows are refused, because
 * guessing which one is right could put a child in the wrong group.
 */
async function conflictingPupilNumbers(readers: Cells[]): Promise<Set<string>> {
  const seen = new Map<string, string>();
  const conflicts = new Set<string>();
  await eachInTurns(readers, (get) => {
    const number = get("pupilNumber");
    if (number === "") return;
    const fields: Field[] = ["firstName", "surnamePrefix", "surname", "dateOfBirth", "group"];
    const identity = fields.map((f) => get(f).toLowerCase()).join("\u0000");
    const earlier = seen.get(number);
    if (earlier === undefined) seen.set(number, identity);
    else if (earlier !== identity) conflicts.add(number);
  });
  return conflicts;
}

function readPupil(get: Cells, today: string, reasons: Set<ReasonCode>): PupilData {
  const required = (field: Field, reason: ReasonCode): string => {
    const value = get(field);
    if (value === "") reasons.add(reason);
    return value;
  };
  const pupilNumber = required("pupilNumber", "import.reason.missingPupilNumber");
  const firstName = required("firstName", "import.reason.missingFirstName");
  const surname = required("surname", "import.reason.missingSurname");
  const groupName = required("group", "import.reason.missingGroup");
  const prefix = cleanSurnamePrefix(get("surnamePrefix"));

  const rawDate = get("dateOfBirth");
  const dateOfBirth = rawDate === "" ? null : parseDate(rawDate);
  if (rawDate !== "" && dateOfBirth === null) reasons.add("import.reason.invalidDate");
  // ISO strings compare correctly as text.
  if (dateOfBirth !== null && dateOfBirth > today) reasons.add("import.reason.futureDate");

  if (!fits(personFields.pupilNumber, pupilNumber) || !fits(personFields.firstName, firstName)) tooLong(reasons);
  if (!fits(personFields.surnamePrefix, prefix) || !fits(personFields.surname, surname)) tooLong(reasons);
  return { pupilNumber, firstName, surnamePrefix: prefix === "" ? null : prefix, surname, dateOfBirth, groupName };
}

/** Whether a value passes the field's schema of the forms: the import allows no more than they do. */
function fits(schema: z.ZodType<string, string>, value: string): boolean {
  return schema.safeParse(value).success;
}

function tooLong(reasons: Set<ReasonCode>): void {
  reasons.add("import.reason.tooLong");
}

function guardianName(get: Cells, slot: GuardianSlot): string {
  const full = get(guardianField(slot, "Name"));
  if (full !== "") return full;
  const prefix = cleanSurnamePrefix(get(guardianField(slot, "SurnamePrefix")));
  const parts = [get(guardianField(slot, "FirstName")), prefix, get(guardianField(slot, "Surname"))];
  return parts.filter((p) => p !== "").join(" ");
}

/**
 * Guardians are matched on e-mail address, so:
 * - a name without an e-mail address is skipped with a warning: the pupil is
 *   still imported, but without an address the guardian could not be invited
 *   or recognised on the next import (it would be created again every time);
 * - an e-mail address without a name is accepted with a warning (name null):
 *   the address alone is enough to invite the parent, who fills in their own
 *   name when activating the account.
 * The same address in both guardian columns counts once.
 */
function readGuardians(get: Cells, reasons: Set<ReasonCode>, warnings: Set<WarningCode>): GuardianData[] {
  const guardians: GuardianData[] = [];
  for (const slot of [1, 2] as const) {
    const rawEmail = get(guardianField(slot, "Email"));
    const name = guardianName(get, slot);
    if (rawEmail === "") {
      if (name !== "") warnings.add("import.warning.guardianEmailMissing");
      continue;
    }
    const email = parseEmail(rawEmail);
    if (email === null) {
      reasons.add("import.reason.invalidEmail");
      continue;
    }
    if (!fits(personFields.guardianName, name)) tooLong(reasons);
    if (name === "") warnings.add("import.warning.guardianNameMissing");
    if (!guardians.some((g) => g.email === email)) guardians.push({ name: name === "" ? null : name, email });
  }
  return guardians;
}
