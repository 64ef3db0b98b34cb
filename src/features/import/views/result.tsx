/** Step 4: the import running (streamed progress) and its outcome. */
import type { Translate } from "../../../web/i18n/index.js";
import type { MessageKey } from "../../../web/i18n/index.js";
import type { ImportPlan } from "../plan.js";
import { streamSlot } from "../stream-page.js";
import { Counts, importPath } from "./shared.js";
import { Section } from "../../../web/components/section.js";

/** The page around the streamed part. */
export function ResultShell({ t }: { t: Translate }) {
  return (
    <section>
      <h1>{t("import.title")}</h1>
      {streamSlot}
    </section>
  );
}

/**
 * Streamed first. Each batch appends a line; CSS shows only the newest one,
 * and hides the lot once the outcome (a later sibling) has arrived.
 */
export function Busy({ t }: { t: Translate }) {
  return <p class="import-busy">{t("import.result.busy")}</p>;
}

export function ProgressLine({ t, done, total }: { t: Translate; done: number; total: number }) {
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  return (
    <p>
      <progress max={total} value={done} aria-label={t("import.progress.label")}>
        {percent}%
      </progress>{" "}
      {t("import.progress.text", { done, total })}
    </p>
  );
}

export function Done({ t, counts }: { t: Translate; counts: ImportPlan["counts"] }) {
  return (
    <Section id="outcome-title" title={t("import.result.done")} class="import-outcome">
      <p>{t("import.result.doneBody")}</p>
      <Counts t={t} counts={counts} />
      <Links t={t} />
    </Section>
  );
}

export function Failed({ t, reason }: { t: Translate; reason: MessageKey }) {
  return (
    <Section id="outcome-title" title={t("import.result.failed")} class="import-outcome">
      <p class="notice">{t(reason)}</p>
      <p>{t("import.result.nothingChanged")}</p>
      <Links t={t} />
    </Section>
  );
}

function Links({ t }: { t: Translate }) {
  return (
    <p class="actions">
      <a href={importPath}>{t("import.result.again")}</a>
      <a href="/home">{t("import.result.home")}</a>
    </p>
  );
}
