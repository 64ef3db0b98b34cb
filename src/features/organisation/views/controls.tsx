/**
 * Form pieces this feature needs beyond the shared ones: a person's name and e-mail, a group of
 * role checkboxes, a way back.
 */
import type { StaffRole } from "../../../auth/viewer.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Field, formFields } from "../../../web/components/forms.js";
import { FieldsetShell } from "../../../web/components/fieldset.js";
import type { Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";

/** The name and e-mail address of someone invited to the organisation. */
export function PersonFields({ t, values, errors }: { t: Translate; values: FormValues; errors: FormErrors }) {
  const field = formFields(values, errors);
  return (
    <>
      <Field {...field("name")} label={t("org.person.name")} required />
      <Field {...field("email")} type="email" label={t("org.person.email")} required inputmode="email" />
    </>
  );
}

interface RolesProps {
  t: Translate;
  options: StaffRole[];
  checked: string[];
  error?: string | undefined;
}

/** One checkbox per role; the first carries the id the error summary links to. */
export function RolesFieldset({ t, options, checked, error }: RolesProps) {
  return (
    <FieldsetShell name="roles" legend={t("org.staff.roles")} hint={t("org.staff.rolesHint")} error={error}>
      {options.map((role, index) => {
        const id = index === 0 ? "field-roles" : `field-roles-${role}`;
        return (
          <div class="checkbox">
            <input
              type="checkbox"
              id={id}
              name="roles"
              value={role}
              checked={checked.includes(role)}
              aria-invalid={error ? "true" : undefined}
            />
            <label for={id}>{t(`role.${role}`)}</label>
          </div>
        );
      })}
    </FieldsetShell>
  );
}

export function BackToOrganisation({ t }: { t: Translate }) {
  return <BackLink href="/organisation" label={t("org.title")} />;
}
