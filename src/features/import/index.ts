/** Public API of the pupil/guardian import: decode → parse → recognise headers → validate → plan. */
export { decodeCsv } from "./decode.js";
export { parseTable, detectDelimiter, ImportFileError } from "./parse.js";
export type { Table, Delimiter, ImportFileErrorCode } from "./parse.js";
export { FIELDS, REQUIRED_FIELDS, PUPIL_FIELDS, GUARDIAN_FIELDS, isField } from "./fields.js";
export type { Field, PupilField, GuardianField } from "./fields.js";
export { recogniseHeaders, recogniseHeader, normaliseHeader } from "./headers.js";
export type { ColumnMapping, HeaderOverrides, HeaderRecognition } from "./headers.js";
export { validateRows, REASON_CODES, WARNING_CODES } from "./rows.js";
export type {
  GuardianData,
  InvalidRow,
  PupilData,
  ReasonCode,
  RowResult,
  ValidateOptions,
  ValidRow,
  WarningCode,
} from "./rows.js";
export { planImport } from "./plan.js";
export type { ExistingData, ExistingPupil, ImportPlan, PupilChange, PupilChangeField } from "./plan.js";
export { parseEmail } from "./values.js";
export * as messages from "./messages.js";
