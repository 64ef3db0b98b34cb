/** Step 1: choose the export file. */
import { ErrorSummary, FieldShell, Form } from "../../../web/components/forms.js";
import type { Translate } from "../../../web/i18n/index.js";
import { importPath } from "./shared.js";

interface UploadProps {
  t: Translate;
  csrf: string;
  /** IMPORT_MAX_MB: the hint says it. */
  maxMb: number;
  error?: string | undefined;
}

export function UploadPage({ t, csrf, maxMb, error }: UploadProps) {
  const id = "field-file";
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <section class="narrow">
      <h1>{t("import.title")}</h1>
      <ErrorSummary t={t} errors={{ file: error }} />
      <p>{t("import.upload.intro")}</p>
      <Form action={importPath} csrf={csrf} enctype="multipart/form-data">
        <FieldShell name="file" label={t("import.upload.file")} hint={t("import.upload.hint", { maxMb })} error={error}>
          <input
            id={id}
            name="file"
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/plain"
            required
            aria-invalid={error ? "true" : undefined}
            aria-describedby={describedBy}
          />
        </FieldShell>
        <button type="submit">{t("import.upload.submit")}</button>
      </Form>
    </section>
  );
}
