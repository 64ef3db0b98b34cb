/** The organisation area's sub-navigation for pupil administration; other organisation pages may reuse it. */
import type { Translate } from "../../../web/i18n/index.js";

export type OrganisationSection = "groups" | "pupils" | "guardians" | "school-years" | "audit";

export function OrganisationNav({
  t,
  current,
  showAudit,
}: {
  t: Translate;
  current: OrganisationSection | null;
  showAudit: boolean;
}) {
  const links: { section: OrganisationSection; label: string }[] = [
    { section: "groups", label: t("pupils.nav.groups") },
    { section: "pupils", label: t("pupils.nav.pupils") },
    { section: "guardians", label: t("pupils.nav.guardians") },
    { section: "school-years", label: t("pupils.nav.schoolYears") },
    ...(showAudit ? [{ section: "audit" as const, label: t("pupils.nav.audit") }] : []),
  ];
  return (
    <nav class="sub-nav" aria-label={t("pupils.nav.label")}>
      <ul>
        <li>
          <a href="/organisation">{t("layout.organisation")}</a>
        </li>
        {links.map((l) => (
          <li>
            <a href={`/organisation/${l.section}`} aria-current={l.section === current ? "page" : undefined}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
