/**
 * The plan's history: every version with who changed what and when, which one parents see, and
 * two versions compared line by line (added and removed lines marked in words, not colour alone).
 */
import { formatMoment } from "../../../lib/time/format.js";
import { Select } from "../../../web/components/forms.js";
import type { DiffLine } from "../domain/compare.js";
import type { HistoryEntry } from "../service/reads.js";
import type { PlanBase } from "./props.js";
import { BackLink } from "../../../web/components/back-link.js";

export function HistoryPage(props: PlanBase & { entries: HistoryEntry[]; publishedVersion: number | null }) {
  const { t, locale, entries, publishedVersion } = props;
  const options = entries.map((e) => ({
    value: String(e.version),
    label: t("plan.history.version", { n: e.version }),
  }));
  return (
    <>
      <BackLink href="/plan" label={t("plan.back")} />
      <h1>{t("plan.history.title")}</h1>
      {entries.length === 0 ? (
        <p>{t("plan.history.none")}</p>
      ) : (
        <>
          {entries.length > 1 ? (
            <form method="get" action="/plan/compare" class="card">
              <h2>{t("plan.compare.choose")}</h2>
              <Select
                name="from"
                label={t("plan.compare.from")}
                options={options}
                value={String(entries.at(-1)!.version)}
              />
              <Select name="to" label={t("plan.compare.to")} options={options} value={String(entries[0]!.version)} />
              <button type="submit">{t("plan.compare.submit")}</button>
            </form>
          ) : null}
          <ol reversed>
            {entries.map((e) => (
              <li>
                <strong>{t("plan.history.version", { n: e.version })}</strong>
                {e.version === publishedVersion ? ` (${t("plan.history.published")})` : null}
                {" · "}
                {t(`plan.change.${e.change}`, { subject: e.subject })}
                {" · "}
                {t("plan.history.by", {
                  name: e.changedBy ?? t("plan.history.someone"),
                  date: formatMoment(locale, e.changedAt),
                })}
                {e.version > 1 ? (
                  <>
                    {" · "}
                    <a href={`/plan/compare?from=${e.version - 1}&to=${e.version}`}>{t("plan.history.compareLink")}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

export function ComparePage(props: PlanBase & { from: number; to: number; lines: DiffLine[] }) {
  const { t, from, to, lines } = props;
  const changed = lines.filter((l) => l.kind !== "same").length;
  return (
    <>
      <BackLink href="/plan/history" label={t("plan.history.back")} />
      <h1>{t("plan.compare.title", { from, to })}</h1>
      <p>{changed === 0 ? t("plan.compare.same") : t("plan.compare.changed", { n: changed })}</p>
      <ul class="plan-diff">
        {lines.map((line) =>
          line.kind === "added" ? (
            <li class="diff-added">
              <ins>
                <span class="visually-hidden">{t("plan.compare.added")} </span>+ {line.text}
              </ins>
            </li>
          ) : line.kind === "removed" ? (
            <li class="diff-removed">
              <del>
                <span class="visually-hidden">{t("plan.compare.removed")} </span>− {line.text}
              </del>
            </li>
          ) : (
            <li class="diff-same">{line.text}</li>
          ),
        )}
      </ul>
    </>
  );
}
