/** The things an import can fill in, and which of them a file must provide. */

export const PUPIL_FIELDS = ["pupilNumber", "firstName", "surnamePrefix", "surname", "dateOfBirth", "group"] as const;

/** Per guardian: a full name, or first name + prefix + surname combined into one. */
const GUARDIAN_PARTS = ["Name", "FirstName", "SurnamePrefix", "Surname", "Email"] as const;
export type GuardianPart = (typeof GUARDIAN_PARTS)[number];
export type GuardianSlot = 1 | 2;
export type GuardianField = `guardian${GuardianSlot}${GuardianPart}`;

export const GUARDIAN_FIELDS: readonly GuardianField[] = ([1, 2] as const).flatMap((slot) =>
  GUARDIAN_PARTS.map((part): GuardianField => `guardian${slot}${part}`),
);

export type PupilField = (typeof PUPIL_FIELDS)[number];
export type Field = PupilField | GuardianField;

/** Without these four a pupil cannot be placed in a group, so the column mapping is incomplete. */
export const REQUIRED_FIELDS: readonly Field[] = ["pupilNumber", "firstName", "surname", "group"];

export const FIELDS: readonly { field: Field; required: boolean }[] = [...PUPIL_FIELDS, ...GUARDIAN_FIELDS].map(
  (field) => ({ field, required: REQUIRED_FIELDS.includes(field) }),
);

export function isField(value: string): value is Field {
  return FIELDS.some((f) => f.field === value);
}

export function guardianField(slot: GuardianSlot, part: GuardianPart): GuardianField {
  return `guardian${slot}${part}`;
}
