/** The mapping screen's form: one choice per column, checked before it is stored. */
import type { Translate } from "../../web/i18n/index.js";
import { checkChoices, type ColumnChoice } from "./analyse.js";
import { isField } from "./fields.js";
import type { Table } from "./parse.js";
import { fieldLabel } from "./labels.js";

export type ColumnsForm =
  { ok: true; choices: ColumnChoice[] } | { ok: false; choices: ColumnChoice[]; errors: Record<string, string> };

/** Errors are keyed by the select's name; a missing required field points at the list of required fields. */
export function readColumnChoices(t: Translate, columns: number, body: Record<string, unknown>): ColumnsForm {
  const errors: Record<string, string> = {};
  const choices = Array.from({ length: columns }, (_, column): ColumnChoice => {
    const value = body[`column-${column}`];
    if (value === "ignore" || (typeof value === "string" && isField(value))) return value;
    errors[`column-${column}`] = t("error.invalid");
    return "ignore";
  });
  const { duplicates, missingRequired } = checkChoices(choices);
  for (const column of duplicates) errors[`column-${column}`] ??= t("import.columns.duplicate");
  if (missingRequired.length > 0) {
    const fields = missingRequired.map((field) => fieldLabel(t, field)).join(", ");
    errors["columns"] = t("import.columns.missing", { fields });
  }
  return Object.keys(errors).length === 0 ? { ok: true, choices } : { ok: false, choices, errors };
}

/** The first filled-in cell of each column in the first rows, cut short. */
export function columnExamples(table: Table): string[] {
  const sample = table.rows.slice(0, 50);
  return table.headers.map((_, column) => {
    const value = sample.map((row) => row[column] ?? "").find((cell) => cell !== "") ?? "";
    return value.length > 60 ? `${value.slice(0, 57)}...` : value;
  });
}
