/** The pages of deleting one's account: what happens, the confirmation, a refusal, and the farewell. */
import type { Translate } from "../../web/i18n/index.js";
import { ErrorSummary, Field, Form, formFields } from "../../web/components/forms.js";
import type { FormErrors } from "../../web/validation.js";
import type { DeletionRefusal } from "./deletion.js";

interface Props {
  t: Translate;
  csrf: string;
  refusal: DeletionRefusal | null;
  /** The person teaches somewhere: their conversation times stay for the school to hand over. */
  teaches?: boolean;
  /** The minutes of the recent sign-in rule when this session is older: the form gives way to a sign-in. */
  signInAgain?: number | undefined;
  errors?: FormErrors;
}

function SignInAgain({ t, minutes }: { t: Translate; minutes: number }) {
  return (
    <div class="notice" role="alert">
      <p>{t("account.delete.signInAgain", { minutes })}</p>
      <p>
        <a href={`/sign-in?next=${encodeURIComponent("/account/delete")}`}>{t("account.delete.signInAgain.link")}</a>
      </p>
    </div>
  );
}

function Refusal({ t, refusal }: { t: Translate; refusal: DeletionRefusal }) {
  const text =
    refusal.reason === "platformAdmin"
      ? t("account.delete.refused.admin")
      : t("account.delete.refused.lastLeader", { organisations: refusal.organisations.join(", ") });
  return (
    <p class="notice" role="alert">
      {text}
    </p>
  );
}

/** The confirmation's field: the address typed by hand, never filled in by the browser. */
const emailField = (t: Translate) => ({ hint: t("account.delete.email.hint"), autocomplete: "off", required: true });

export function DeleteAccountPage({ t, csrf, refusal, teaches = false, signInAgain, errors = {} }: Props) {
  return (
    <>
      <h1>{t("account.delete.title")}</h1>
      <ErrorSummary t={t} errors={errors} />
      <p>{t("account.delete.intro")}</p>
      <h2>{t("account.delete.deleted.title")}</h2>
      <ul>
        <li>{t("account.delete.deleted.account")}</li>
        <li>{t("account.delete.deleted.own")}</li>
        <li>{t("account.delete.deleted.sessions")}</li>
      </ul>
      <h2>{t("account.delete.kept.title")}</h2>
      <ul>
        <li>{t("account.delete.kept.register")}</li>
        <li>{t("account.delete.kept.shared")}</li>
        <li>{t("account.delete.kept.records")}</li>
        <li>{t("account.delete.kept.answers")}</li>
        {teaches ? <li>{t("account.delete.kept.conversations")}</li> : null}
      </ul>
      <p>
        {t("account.delete.export")}{" "}
        <a href="/account/export.json" download>
          {t("account.export.link")}
        </a>
      </p>
      {refusal ? (
        <Refusal t={t} refusal={refusal} />
      ) : signInAgain !== undefined ? (
        <SignInAgain t={t} minutes={signInAgain} />
      ) : (
        <Form action="/account/delete" csrf={csrf}>
          <Field
            {...formFields({}, errors)("email")}
            type="email"
            label={t("account.delete.email")}
            {...emailField(t)}
          />
          <button type="submit" class="danger">
            {t("account.delete.submit")}
          </button>
        </Form>
      )}
      <p>
        <a href="/account">{t("account.delete.cancel")}</a>
      </p>
    </>
  );
}

export function AccountDeletedPage({ t }: { t: Translate }) {
  return (
    <>
      <h1>{t("account.deleted.title")}</h1>
      <p>
        {t("account.deleted.body")} <a href="/">{t("account.deleted.home")}</a>
      </p>
    </>
  );
}
