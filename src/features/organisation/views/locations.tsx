/** The organisation's locations: a table with a form to add one, and a page to change or remove one. */
import type { PageProps } from "../../../web/page-props.js";
import type { FormState } from "../../../web/validation.js";
import { ErrorSummary, Field, Form, formFields } from "../../../web/components/forms.js";
import type { Location } from "../locations.js";
import { BackToOrganisation } from "./controls.js";
import { DataTable } from "../../../web/components/data-table.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Section } from "../../../web/components/section.js";

type FormProps = PageProps & FormState;

function LocationFields({ t, values, errors }: Pick<FormProps, "t" | "values" | "errors">) {
  const field = formFields(values, errors);
  return (
    <>
      <Field {...field("name")} label={t("org.locations.name")} required />
      <Field
        {...field("address")}
        label={`${t("org.locations.address")} ${t("form.optional")}`}
        autocomplete="street-address"
      />
    </>
  );
}

export function LocationsPage(props: FormProps & { orgName: string; locations: Location[] }) {
  const { t, csrf, orgName, locations } = props;
  return (
    <>
      <BackToOrganisation t={t} />
      <h1>{t("org.locations.title")}</h1>
      <DataTable
        t={t}
        caption={t("org.locations.caption", { org: orgName })}
        empty={t("org.locations.none")}
        rows={locations}
        columns={[
          { label: t("org.locations.name"), cell: (l) => l.name },
          { label: t("org.locations.address"), cell: (l) => l.address ?? "" },
          {
            label: t("org.actions"),
            cell: (l) => <a href={`/organisation/locations/${l.id}`}>{t("org.locations.edit", { name: l.name })}</a>,
          },
        ]}
      />
      <Section id="add-title" title={t("org.locations.add")} class="narrow">
        <ErrorSummary t={t} errors={props.errors} />
        <Form action="/organisation/locations" csrf={csrf}>
          <LocationFields t={t} values={props.values} errors={props.errors} />
          <button type="submit">{t("org.locations.add")}</button>
        </Form>
      </Section>
    </>
  );
}

export function LocationPage(props: FormProps & { location: Location }) {
  const { t, csrf, location, errors } = props;
  const action = `/organisation/locations/${location.id}`;
  return (
    <section class="narrow">
      <BackLink href="/organisation/locations" label={t("org.locations.title")} />
      <h1>{t("org.locations.editTitle")}</h1>
      <ErrorSummary t={t} errors={errors} />
      <Form action={action} csrf={csrf}>
        <LocationFields t={t} values={props.values} errors={errors} />
        <button type="submit">{t("form.save")}</button>
      </Form>
      <Form action={`${action}/remove`} csrf={csrf}>
        <button type="submit" class="danger" id="field-remove">
          {t("org.locations.remove")}
        </button>
      </Form>
    </section>
  );
}
