/** Step 2 (only when needed): say what each column of the file holds. */
import { ErrorSummary, Form, Select } from "../../../web/components/forms.js";
import type { Translate } from "../../../web/i18n/index.js";
import { FIELDS } from "../fields.js";
import type { ColumnChoice } from "../analyse.js";
import { fieldLabel } from "../labels.js";
import { columnsPath, importPath } from "./shared.js";

export interface ColumnsProps {
  t: Translate;
  csrf: string;
  uploadId: string;
  headers: string[];
  /** The first filled-in value of each column, so the user recognises it. */
  examples: string[];
  choices: ColumnChoice[];
  errors?: Record<string, string>;
}

export function ColumnsPage(props: ColumnsProps) {
  const { t, errors = {} } = props;
  const options = [
    { value: "ignore", label: t("import.mapping.ignore") },
    ...FIELDS.map(({ field, required }) => ({
      value: field,
      label: required ? `${fieldLabel(t, field)} ${t("form.required")}` : fieldLabel(t, field),
    })),
  ];
  return (
    <section>
      <h1>{t("import.columns.title")}</h1>
      <ErrorSummary t={t} errors={errors} />
      <p>{t("import.columns.intro")}</p>
      <p id="field-columns">{t("import.columns.required")}</p>
      <Form action={columnsPath(props.uploadId)} csrf={props.csrf}>
        {props.headers.map((header, column) => (
          <Select
            name={`column-${column}`}
            label={t("import.columns.label", { n: column + 1, header: header || t("import.columns.noHeader") })}
            hint={
              props.examples[column]
                ? t("import.columns.example", { value: props.examples[column] })
                : t("import.columns.empty")
            }
            options={options}
            value={props.choices[column] ?? "ignore"}
            error={errors[`column-${column}`]}
          />
        ))}
        <p class="actions">
          <button type="submit">{t("import.columns.submit")}</button>
          <a href={importPath}>{t("import.preview.otherFile")}</a>
        </p>
      </Form>
    </section>
  );
}
