/**
 * The parent's own profile: who may see them and what, whether staff may find them for requests
 * for help, and what they offer. Plain form; the preview shows the result.
 */
import { Checkbox, ErrorSummary, Field, Form, TextArea, formFields } from "../../../web/components/forms.js";
import { FieldsetShell } from "../../../web/components/fieldset.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { LANGUAGE_CODES, languageName } from "../domain/languages.js";
import { VISIBILITIES } from "../domain/visibility.js";
import type { NetworkProfile } from "../service/profile.js";
import type { PageBase } from "./props.js";
import { BackLink } from "../../../web/components/back-link.js";

export interface ProfileFormState {
  values: FormValues;
  /** Languages as ticked (a form may carry several). */
  languages: string[];
  errors: FormErrors;
}

export function profileFormOf(profile: NetworkProfile): ProfileFormState {
  const on = (value: boolean) => (value ? "on" : "");
  return {
    values: {
      visibility: profile.visibility,
      showName: on(profile.showName),
      showGroups: on(profile.showGroups),
      showLanguages: on(profile.showLanguages),
      showOffer: on(profile.showOffer),
      findable: on(profile.findable),
      skills: profile.skills,
      trade: profile.trade,
      timeAvailable: profile.timeAvailable,
      about: profile.about,
      tags: profile.tags.join(", "),
    },
    languages: profile.languages,
    errors: {},
  };
}

export function ProfilePage({ t, locale, csrf, form }: PageBase & { form: ProfileFormState }) {
  const { values, errors } = form;
  const field = formFields(values, errors);
  return (
    <>
      <BackLink href="/network" label={t("network.back")} />
      <h1>{t("network.profile.title")}</h1>
      <p>{t("network.profile.intro")}</p>
      <ErrorSummary t={t} errors={errors} />
      <Form action="/network/profile" csrf={csrf}>
        <FieldsetShell
          name="visibility"
          id="field-visibility"
          legend={t("network.profile.visibility")}
          error={errors.visibility}
        >
          {VISIBILITIES.map((v) => (
            <div class="checkbox">
              <input
                type="radio"
                id={`visibility-${v}`}
                name="visibility"
                value={v}
                checked={(values.visibility ?? "nobody") === v}
              />
              <label for={`visibility-${v}`}>{t(`network.visibility.${v}`)}</label>
            </div>
          ))}
        </FieldsetShell>
        <fieldset class="field">
          <legend>{t("network.profile.shown")}</legend>
          <Checkbox name="showName" label={t("network.field.name")} checked={values["showName"] === "on"} />
          <Checkbox name="showGroups" label={t("network.field.groups")} checked={values["showGroups"] === "on"} />
          <Checkbox
            name="showLanguages"
            label={t("network.field.languages")}
            checked={values["showLanguages"] === "on"}
          />
          <Checkbox name="showOffer" label={t("network.profile.showOffer")} checked={values["showOffer"] === "on"} />
        </fieldset>
        <fieldset class="field">
          <legend>{t("network.profile.findableLegend")}</legend>
          <p class="hint">{t("network.profile.findableHint")}</p>
          <Checkbox name="findable" label={t("network.profile.findable")} checked={values["findable"] === "on"} />
        </fieldset>
        <h2>{t("network.profile.offer")}</h2>
        <FieldsetShell
          name="languages"
          id="field-languages"
          legend={t("network.field.languages")}
          error={errors.languages}
        >
          <div>
            {LANGUAGE_CODES.map((code) => (
              <div class="checkbox">
                <input
                  type="checkbox"
                  id={`language-${code}`}
                  name="languages"
                  value={code}
                  checked={form.languages.includes(code)}
                />
                {/* No lang: the name is in the page's language ("Turks"), not in Turkish. */}
                <label for={`language-${code}`}>{languageName(locale, code)}</label>
              </div>
            ))}
          </div>
        </FieldsetShell>
        <TextArea
          {...field("skills")}
          label={t("network.field.skills")}
          hint={t("network.profile.skillsHint")}
          maxlength={1000}
          rows={3}
        />
        <Field {...field("trade")} label={t("network.field.trade")} />
        <Field
          {...field("timeAvailable")}
          label={t("network.field.timeAvailable")}
          hint={t("network.profile.timeHint")}
        />
        <TextArea {...field("about")} label={t("network.field.about")} maxlength={2000} rows={4} />
        <Field {...field("tags")} label={t("network.field.tags")} hint={t("network.profile.tagsHint")} />
        <button type="submit">{t("network.profile.save")}</button>
      </Form>
      <p>
        <a href="/network/preview">{t("network.preview.link")}</a>
      </p>
      <h2>{t("network.profile.deleteTitle")}</h2>
      <p>{t("network.profile.deleteIntro")}</p>
      <Form action="/network/profile/delete" csrf={csrf}>
        <button type="submit" class="secondary">
          {t("network.profile.delete")}
        </button>
      </Form>
    </>
  );
}
