/** The organisation's overview: its details and the way to every management page. */
import type { Translate, MessageKey } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { Checkbox, ErrorSummary, Form } from "../../../web/components/forms.js";
import type { Organisation } from "../organisations.js";
import { BackToOrganisation } from "./controls.js";
import { OrganisationFields } from "./organisation-fields.js";
import { Section } from "../../../web/components/section.js";
import { Detail } from "../../../web/components/detail.js";

const pages: { href: string; label: MessageKey; leaderOnly?: boolean }[] = [
  { href: "/organisation/staff", label: "org.nav.staff" },
  { href: "/organisation/advisors", label: "org.nav.advisors" },
  { href: "/organisation/school-years", label: "org.nav.schoolYears" },
  { href: "/organisation/groups", label: "org.nav.groups" },
  { href: "/organisation/pupils", label: "org.nav.pupils" },
  { href: "/organisation/guardians", label: "org.nav.guardians" },
  { href: "/organisation/import", label: "org.nav.import" },
  { href: "/organisation/locations", label: "org.nav.locations" },
  { href: "/organisation/measurements", label: "measure.nav" },
  { href: "/organisation/settings", label: "org.nav.settings" },
  // The audit trail is for the school leader only.
  { href: "/organisation/audit", label: "org.nav.audit", leaderOnly: true },
];

export function OverviewPage({ t, org, isLeader }: { t: Translate; org: Organisation; isLeader: boolean }) {
  return (
    <>
      <h1>{org.name}</h1>
      <nav aria-labelledby="manage-title">
        <h2 id="manage-title">{t("org.nav.title")}</h2>
        <ul class="cards">
          {pages
            .filter((p) => isLeader || !p.leaderOnly)
            .map((p) => (
              <li class="card">
                <a href={p.href}>{t(p.label)}</a>
              </li>
            ))}
        </ul>
      </nav>
      <Section id="details-title" title={t("org.details.title")}>
        <dl class="details">
          <Detail term={t("org.field.type")}>{t(`orgType.${org.type}`)}</Detail>
          <Detail term={t("org.field.code")}>{org.registrationCode ?? "–"}</Detail>
          <Detail term={t("org.field.secondFactor")}>
            {t(org.requireSecondFactor ? "org.secondFactor.on" : "org.secondFactor.off")}
          </Detail>
        </dl>
        <p>
          <a class="button secondary" href="/organisation/settings">
            {t("org.settings.edit")}
          </a>
        </p>
      </Section>
    </>
  );
}

interface SettingsProps {
  t: Translate;
  csrf: string;
  values: FormValues;
  errors: FormErrors;
}

export function SettingsPage({ t, csrf, values, errors }: SettingsProps) {
  return (
    <section class="narrow">
      <BackToOrganisation t={t} />
      <h1>{t("org.settings.title")}</h1>
      <ErrorSummary t={t} errors={errors} />
      <Form action="/organisation/settings" csrf={csrf}>
        <OrganisationFields t={t} values={values} errors={errors} />
        <Checkbox
          name="requireSecondFactor"
          label={t("org.field.secondFactor")}
          hint={t("org.field.secondFactor.hint")}
          checked={values.requireSecondFactor === "on"}
        />
        <button type="submit">{t("form.save")}</button>
      </Form>
    </section>
  );
}
