/**
 * Recognises which column of an export holds which field. ParnasSys, Magister
 * and Somtoday (and every school's own Excel edits) name columns differently,
 * so headers are compared in a normalised form and against many aliases.
 */
import { guardianField, REQUIRED_FIELDS } from "./fields.js";
import type { Field, GuardianPart, GuardianSlot, PupilField } from "./fields.js";

export { FIELDS, REQUIRED_FIELDS, isField } from "./fields.js";
export type { Field } from "./fields.js";

/** Column index → field. Each field is mapped to at most one column. */
export type ColumnMapping = ReadonlyMap<number, Field>;
/** Column header → field, from the mapping screen or `--map column=field`. */
export type HeaderOverrides = Readonly<Record<string, Field | "ignore">>;

export interface HeaderRecognition {
  mapping: Map<number, Field>;
  /** Columns that will not be imported (unknown, or a field another column already has). */
  unrecognised: { column: number; header: string }[];
  missingRequired: Field[];
  /** Override keys that match no header: most likely a typo on the command line. */
  unusedOverrides: string[];
}

// All aliases are in normalised form (see `normaliseHeader`); earlier ones win when
// several columns match the same field, e.g. "Roepnaam" beats "Voornamen".
const PUPIL_ALIASES: Record<PupilField, readonly string[]> = {
  pupilNumber: [
    "leerlingnummer",
    "leerlingnr",
    "llnr",
    "llnummer",
    "stamnummer",
    "stamnr",
    "studentnumber",
    "studentnummer",
    "studentnr",
    "studentid",
    "pupilnumber",
    "pupilnr",
    "pupilid",
    "leerlingid",
    // A daycare's or preschool's records number the child.
    "kindnummer",
    "kindnr",
    "kindid",
    "childnumber",
    "childid",
  ],
  firstName: ["roepnaam", "firstname", "givenname", "voornaam", "callname", "voornamen", "firstnames", "givennames"],
  surnamePrefix: [
    "tussenvoegsel",
    "tussenvoegsels",
    "tussenv",
    "voorvoegsel",
    "voorvoegsels",
    "surnameprefix",
    "prefix",
  ],
  surname: ["achternaam", "geslachtsnaam", "surname", "lastname", "familyname", "familienaam"],
  dateOfBirth: ["geboortedatum", "gebdatum", "gebdat", "geboortedat", "dateofbirth", "birthdate", "birthday", "dob"],
  group: [
    "stamgroep",
    "stamklas",
    "basisgroep",
    "groep",
    "groepsnaam",
    "groepnaam",
    "klas",
    "klasnaam",
    "class",
    "classname",
    "group",
    "groupname",
    "homeroom",
  ],
};

const GUARDIAN_ALIASES: Record<GuardianPart, readonly string[]> = {
  Email: ["email", "emailadres", "emailaddress", "mail", "mailadres"],
  // "Ouder 1" on its own holds the guardian's name in many exports.
  Name: ["naam", "name", "volledigenaam", "fullname", ""],
  FirstName: ["roepnaam", "voornaam", "firstname", "givenname", "voornamen", "voorletters", "initials"],
  SurnamePrefix: ["tussenvoegsel", "tussenvoegsels", "tussenv", "voorvoegsel", "voorvoegsels", "prefix"],
  Surname: ["achternaam", "geslachtsnaam", "surname", "lastname", "familyname", "familienaam"],
};

const GUARDIAN_WORDS = new Set([
  "ouder",
  "ouders",
  "verzorger",
  "verzorgers",
  "ouderverzorger",
  "parent",
  "parents",
  "guardian",
  "guardians",
  "contactpersoon",
]);
const PUPIL_WORDS = new Set(["leerling", "student", "pupil", "kind"]);
const FILLER_WORDS = new Set(["van", "de", "het", "of", "the"]);

/** Lowercase words without accents; "Ouder1" and "ouder 1" give the same tokens. */
export function headerTokens(header: string): string[] {
  return header
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/([a-z])(\d)/g, "$1 $2")
    .replace(/(\d)([a-z])/g, "$1 $2")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function normaliseHeader(header: string): string {
  return headerTokens(header).join("");
}

interface Candidate {
  field: Field;
  rank: number;
}

function rankIn(aliases: readonly string[], key: string, penalty: number): number | undefined {
  const i = aliases.indexOf(key);
  return i === -1 ? undefined : i + penalty;
}

function pupilCandidate(tokens: string[]): Candidate | undefined {
  const exact = tokens.join("");
  const stripped = tokens.filter((t) => !PUPIL_WORDS.has(t) && !FILLER_WORDS.has(t)).join("");
  for (const [field, aliases] of Object.entries(PUPIL_ALIASES) as [PupilField, readonly string[]][]) {
    // "Roepnaam leerling" is a weaker match than "Roepnaam".
    const rank = rankIn(aliases, exact, 0) ?? rankIn(aliases, stripped, 100);
    if (rank !== undefined) return { field, rank };
  }
  return undefined;
}

function guardianCandidate(tokens: string[]): Candidate | undefined {
  if (!tokens.some((t) => GUARDIAN_WORDS.has(t))) return undefined;
  const numbers = tokens.filter((t) => /^\d+$/.test(t));
  if (numbers.length > 1 || (numbers[0] !== undefined && numbers[0] !== "1" && numbers[0] !== "2")) return undefined;
  const slot: GuardianSlot = numbers[0] === "2" ? 2 : 1;
  const rest = tokens.filter((t) => !GUARDIAN_WORDS.has(t) && !FILLER_WORDS.has(t) && !/^\d+$/.test(t)).join("");
  for (const [part, aliases] of Object.entries(GUARDIAN_ALIASES) as [GuardianPart, readonly string[]][]) {
    // Without a number ("E-mail ouder") it is guardian 1, but an explicit "ouder 1" column wins.
    const rank = rankIn(aliases, rest, numbers.length === 0 ? 50 : 0);
    if (rank !== undefined) return { field: guardianField(slot, part), rank };
  }
  return undefined;
}

/** Guardian words are checked first, so "Voornaam ouder 1" is not the pupil's first name. */
export function recogniseHeader(header: string): Candidate | undefined {
  const tokens = headerTokens(header);
  if (tokens.length === 0) return undefined;
  return guardianCandidate(tokens) ?? pupilCandidate(tokens);
}

export function recogniseHeaders(headers: readonly string[], overrides: HeaderOverrides = {}): HeaderRecognition {
  const byNormalised = new Map(Object.entries(overrides).map(([key, value]) => [normaliseHeader(key), value]));
  const used = new Set<string>();
  const mapping = new Map<number, Field>();
  const taken = new Set<Field>();
  const rejected: number[] = [];
  const candidates: (Candidate & { column: number })[] = [];
  // When two columns want the same field, the first claim wins; the other is not imported.
  const claim = (column: number, field: Field): void => {
    if (taken.has(field)) rejected.push(column);
    else {
      mapping.set(column, field);
      taken.add(field);
    }
  };

  headers.forEach((header, column) => {
    const key = normaliseHeader(header);
    // hasOwn: a column called "constructor" must not find Object.prototype.
    const override = (Object.hasOwn(overrides, header) ? overrides[header] : undefined) ?? byNormalised.get(key);
    if (override !== undefined) {
      used.add(key);
      if (override !== "ignore") claim(column, override);
      return;
    }
    const candidate = recogniseHeader(header);
    if (candidate) candidates.push({ ...candidate, column });
    else if (key !== "") rejected.push(column);
  });

  candidates.sort((a, b) => a.rank - b.rank || a.column - b.column);
  for (const { field, column } of candidates) claim(column, field);

  return {
    mapping: new Map([...mapping].sort(([a], [b]) => a - b)),
    unrecognised: rejected.sort((a, b) => a - b).map((column) => ({ column, header: headers[column] ?? "" })),
    missingRequired: REQUIRED_FIELDS.filter((field) => !taken.has(field)),
    unusedOverrides: Object.keys(overrides).filter((key) => !used.has(normaliseHeader(key))),
  };
}
