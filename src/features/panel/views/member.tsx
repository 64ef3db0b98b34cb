/**
 * The panel's pages for parents: the front page with the consent text and the sign-up form, the
 * "check your mail" page, the button a mailed link opens (a mail scanner's GET uses nothing), the
 * sign-in form, and the member's own page: profile, surveys, download and leaving.
 */
import type { Child } from "hono/jsx";
import { ErrorSummary, Field, Form, formFields, labelField, Select } from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { formatTimestamp } from "../../../lib/time/format.js";
import { provinceName } from "../../../lib/provinces/index.js";
import {
  CHILD_ROWS,
  CONSENT_VERSION,
  councilRoles,
  provinces,
  schoolTypeName,
  schoolTypes,
  type CouncilRole,
} from "../domain/profile.js";
import type { PanelMember } from "../service/members.js";
import { Section } from "../../../web/components/section.js";
import { Detail } from "../../../web/components/detail.js";
import { languageOptions } from "../../../web/part-language.js";

interface Common {
  t: Translate;
  locale: Locale;
  csrf: string;
}

/** The consent text of a version, as the catalogs hold it. */
export function ConsentText({ t, version = CONSENT_VERSION }: { t: Translate; version?: number }) {
  const v = `v${version}` as "v1";
  return (
    <Section id="consent-title" title={t("panel.consent.title", { version })} class="notice">
      <p>{t(`panel.consent.${v}.purpose`)}</p>
      <p>{t(`panel.consent.${v}.kept`)}</p>
      <p>{t(`panel.consent.${v}.leave`)}</p>
    </Section>
  );
}

/** Province, children and council: the same fields when signing up and when editing. */
function ProfileFields(props: { t: Translate; locale: Locale; values: FormValues; errors: FormErrors }) {
  const { t } = props;
  const field = formFields(props.values, props.errors);
  const none = { value: "", label: t("panel.signUp.none") };
  return (
    <>
      <Select
        {...field("province")}
        label={t("panel.signUp.province")}
        options={[none, ...provinces.map((p) => ({ value: p, label: provinceName(t, p) }))]}
      />
      <fieldset class="field">
        <legend>{t("panel.signUp.profile")}</legend>
        <p class="hint">{t("panel.signUp.profileHint")}</p>
        <p class="hint">{t("panel.signUp.yearHint")}</p>
        {Array.from({ length: CHILD_ROWS }, (_, i) => (
          <div class="child-row">
            <h3>{t("panel.signUp.child", { n: i + 1 })}</h3>
            <Select
              {...field(`type${i + 1}`)}
              label={t("panel.signUp.schoolType")}
              options={[none, ...schoolTypes.map((s) => ({ value: s, label: schoolTypeName(t, s) }))]}
            />
            <Field {...field(`year${i + 1}`)} label={t("panel.signUp.year")} inputmode="numeric" />
          </div>
        ))}
      </fieldset>
      <Select
        {...field("council")}
        label={t("panel.signUp.council")}
        options={[none, ...councilRoles.map((r) => ({ value: r, label: t(`panel.council.${r as CouncilRole}`) }))]}
      />
      <Select {...field("language")} label={t("panel.signUp.language")} options={languageOptions(props.locale)} />
    </>
  );
}

export function FrontPage(props: Common & { values: FormValues; errors: FormErrors }) {
  const { t, csrf } = props;
  const field = formFields(props.values, props.errors);
  // The consent is a hand-made checkbox with a long label: the error summary names it shortly.
  labelField("consent", t("panel.signUp.consentName"));
  return (
    <section class="narrow">
      <h1>{t("panel.title")}</h1>
      <p class="lead">{t("panel.lead")}</p>
      <p>
        <a href="/panel/rapporten">{t("panel.reports.link")}</a>
        {" · "}
        <a href="/panel/inloggen">{t("panel.signIn.link")}</a>
      </p>
      <ConsentText t={t} />
      <h2 id="sign-up">{t("panel.signUp.title")}</h2>
      <ErrorSummary t={t} errors={props.errors} />
      <Form action="/panel/aanmelden" csrf={csrf}>
        <Field
          {...field("email")}
          type="email"
          autocomplete="email"
          label={t("panel.signUp.email")}
          hint={t("panel.signUp.emailHint")}
        />
        <ProfileFields
          t={t}
          locale={props.locale}
          values={{ language: props.locale, ...props.values }}
          errors={props.errors}
        />
        {/* A field people do not see and bots fill in. */}
        <div class="visually-hidden" aria-hidden="true">
          <label for="field-website">{t("panel.signUp.website")}</label>
          <input id="field-website" name="website" type="text" tabindex={-1} autocomplete="off" value="" />
        </div>
        <div class={props.errors["consent"] ? "checkbox field-invalid" : "checkbox"}>
          <input
            type="checkbox"
            id="field-consent"
            name="consent"
            value="yes"
            checked={props.values["consent"] === "yes"}
          />
          <label for="field-consent">{t("panel.signUp.consent")}</label>
          {props.errors["consent"] ? <p class="field-error">{props.errors["consent"]}</p> : null}
        </div>
        <button type="submit" class="button">
          {t("panel.signUp.submit")}
        </button>
      </Form>
    </section>
  );
}

export function MessagePage({ title, children }: { title: string; children: Child }) {
  return (
    <section class="narrow">
      <h1>{title}</h1>
      {children}
    </section>
  );
}

/** What a mailed link opens: one button, so that a mail scanner that follows the link uses nothing. */
export function LinkPage(
  props: Common & { action: string; title: string; text: string; submit: string; error?: string },
) {
  const { csrf } = props;
  return (
    <section class="narrow">
      <h1>{props.title}</h1>
      {props.error ? (
        <>
          <p class="field-error" role="alert">
            {props.error}
          </p>
          <p>
            <a href="/panel/inloggen">{props.t("panel.signIn.title")}</a>
          </p>
        </>
      ) : (
        <>
          <p>{props.text}</p>
          <Form action={props.action} csrf={csrf}>
            <button type="submit" class="button">
              {props.submit}
            </button>
          </Form>
        </>
      )}
    </section>
  );
}

export function SignInPage(props: Common & { values: FormValues; errors: FormErrors; sent?: string }) {
  const { t, csrf } = props;
  const field = formFields(props.values, props.errors);
  return (
    <section class="narrow">
      <h1>{t("panel.signIn.title")}</h1>
      {props.sent ? (
        <p role="status">{t("panel.signIn.sent", { email: props.sent })}</p>
      ) : (
        <>
          <p>{t("panel.signIn.text")}</p>
          <ErrorSummary t={t} errors={props.errors} />
          <Form action="/panel/inloggen" csrf={csrf}>
            <Field {...field("email")} type="email" autocomplete="email" label={t("panel.signUp.email")} />
            <button type="submit" class="button">
              {t("panel.signIn.submit")}
            </button>
          </Form>
        </>
      )}
    </section>
  );
}

export interface MemberSurvey {
  id: string;
  title: string;
  responded: boolean;
}

export function profileValues(member: PanelMember): FormValues {
  const values: FormValues = {
    province: member.province,
    council: member.council ?? "",
    language: member.locale,
  };
  member.children.forEach((child, i) => {
    values[`type${i + 1}`] = child.schoolType;
    values[`year${i + 1}`] = String(child.year);
  });
  return values;
}

export function MemberPage(
  props: Common & { member: PanelMember; surveys: MemberSurvey[]; values: FormValues; errors: FormErrors },
) {
  const { t, locale, csrf, member } = props;
  return (
    <section class="narrow">
      <h1>{t("panel.me.title")}</h1>
      <p>{t("panel.me.intro")}</p>
      <dl class="details">
        <Detail term={t("panel.me.email")}>{member.email}</Detail>
        <Detail term={t("panel.me.joined")}>
          {t("panel.me.consent", {
            version: member.consentVersion,
            date: formatTimestamp(locale, member.consentedAt),
          })}
        </Detail>
      </dl>
      <h2>{t("panel.me.surveys")}</h2>
      {props.surveys.length === 0 ? (
        <p>{t("panel.me.noSurveys")}</p>
      ) : (
        <ul class="cards">
          {props.surveys.map((s) => (
            <li class="card">
              <h3>{s.title}</h3>
              {s.responded ? (
                <p>{t("panel.me.answered")}</p>
              ) : (
                <p>
                  <a class="button" href={`/panel/vragenlijst/${s.id}`}>
                    {t("panel.me.answer")}
                  </a>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>{t("panel.signUp.profile")}</h2>
      <ErrorSummary t={t} errors={props.errors} />
      <Form action="/panel/mijn-gegevens" csrf={csrf}>
        <ProfileFields t={t} locale={props.locale} values={props.values} errors={props.errors} />
        <button type="submit" class="button">
          {t("panel.me.save")}
        </button>
      </Form>
      <h2>{t("panel.me.download")}</h2>
      <ul>
        <li>
          <a href="/panel/mijn-gegevens.json" download>
            {t("panel.me.downloadJson")}
          </a>
        </li>
        <li>
          <a href="/panel/mijn-gegevens.csv" download>
            {t("panel.me.downloadCsv")}
          </a>
        </li>
      </ul>
      <h2>{t("panel.me.leave.title")}</h2>
      <p>{t("panel.me.leave.text")}</p>
      <Form action="/panel/stoppen" csrf={csrf}>
        <button type="submit" class="button">
          {t("panel.me.leave.submit")}
        </button>
      </Form>
      <Form action="/panel/uitloggen" csrf={csrf}>
        <button type="submit" class="link-button">
          {t("panel.signOut")}
        </button>
      </Form>
    </section>
  );
}
