/**
 * Readiness as the school and the advisor read it: every criterion, met or not, with the figures
 * it was judged on; then every domain for team and parents, at the nulmeting and the eindmeting,
 * against the minimum. "Met" is written out, never shown by colour alone.
 */
import { DataTable } from "../../../web/components/data-table.js";
import { domainName } from "../../measurements/index.js";
import type { Criterion } from "../domain/readiness.js";
import type { ReadinessView } from "../service/readiness.js";
import { formatMean, type PageBase } from "./props.js";
import { Section } from "../../../web/components/section.js";

type Base = Pick<PageBase, "t" | "locale">;

function Met({ t, met }: Base & { met: boolean }) {
  // What is still missing stands out in bold, not only in words someone has to read through.
  return met ? <>{t("certification.met")}</> : <strong>{t("certification.unmet")}</strong>;
}

function Figures({ t, criterion }: Base & { criterion: Exclude<Criterion, { id: "domain" }> }) {
  switch (criterion.id) {
    case "baseline":
    case "final": {
      if (!criterion.closed) return <>{t("certification.figures.notClosed")}</>;
      const count = (group: "team" | "parents") => criterion.groups.find((g) => g.group === group)?.respondents ?? 0;
      const tooSmall = criterion.groups.some((g) => g.tooSmall);
      return (
        <>
          {t(tooSmall ? "certification.figures.teamTooSmall" : "certification.figures.responses", {
            team: count("team"),
            parents: count("parents"),
            threshold: criterion.threshold ?? 0,
          })}
        </>
      );
    }
    case "schoolSessions":
    case "parentSessions":
      return <>{t("certification.figures.sessions", { held: criterion.held, required: criterion.required })}</>;
    case "plan":
    case "expectations":
      return null;
  }
}

export function ReadinessPanel({ t, locale, readiness }: Base & { readiness: ReadinessView }) {
  const general = readiness.criteria.filter((c): c is Exclude<Criterion, { id: "domain" }> => c.id !== "domain");
  const domains = readiness.criteria.filter((c): c is Extract<Criterion, { id: "domain" }> => c.id === "domain");
  const noDecline = readiness.criteriaSet.noDecline ? t("certification.domains.noDecline") : "";
  return (
    <Section id="readiness-title" title={t("certification.criteria.title")}>
      <p class={readiness.ready ? "notice" : "field-error"} role="status">
        {t(readiness.ready ? "certification.ready" : "certification.notReady")}
      </p>
      <DataTable
        t={t}
        caption={t("certification.criteria.title")}
        rows={general}
        columns={[
          { label: t("certification.criterion"), cell: (c) => t(`certification.criterion.${c.id}`) },
          { label: t("certification.status"), cell: (c) => <Met t={t} locale={locale} met={c.met} /> },
          { label: t("certification.figures"), cell: (c) => <Figures t={t} locale={locale} criterion={c} /> },
        ]}
      />
      <h3>{t("certification.domains.title")}</h3>
      <p>{t("certification.domains.intro", { noDecline })}</p>
      <DataTable
        t={t}
        caption={t("certification.domains.title")}
        rows={domains}
        columns={[
          { label: t("certification.domain"), cell: (c) => domainName(c.domain, locale) },
          { label: t("certification.group"), cell: (c) => t(`certification.group.${c.group}`) },
          { label: t("certification.atBaseline"), cell: (c) => formatMean(locale, c.baseline) },
          { label: t("certification.atFinal"), cell: (c) => formatMean(locale, c.current) },
          { label: t("certification.minimum"), cell: (c) => formatMean(locale, c.minimum) },
          {
            label: t("certification.status"),
            cell: (c) => (
              <>
                <Met t={t} locale={locale} met={c.met} />
                {c.declined ? ` (${t("certification.declined")})` : null}
                {c.tooSmall ? ` (${t("certification.domain.teamTooSmall")})` : null}
              </>
            ),
          },
        ]}
      />
    </Section>
  );
}
