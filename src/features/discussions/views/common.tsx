/** What the discussion pages share: the viewer's base, a post's signature, the code of conduct. */
import { Form } from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { CONDUCT_VERSION, conductRules } from "../domain/conduct.js";
import type { Signature } from "../domain/author.js";

export interface Base {
  t: Translate;
  locale: Locale;
  csrf: string;
  moderates: boolean;
  staff: boolean;
}

export const groupPath = (id: string) => `/discussions/groups/${id}`;
export const threadPath = (id: string) => `/discussions/threads/${id}`;
export const postPath = (id: string) => `/discussions/posts/${id}`;

export function signed(t: Translate, signature: Signature): string {
  switch (signature.kind) {
    case "name":
      return signature.staff ? t("discussions.author.staff", { name: signature.name }) : signature.name;
    case "former":
      return t(signature.role === "staff" ? "discussions.author.formerStaff" : "discussions.author.formerParent");
    case "deleted":
      return t("discussions.author.deleted");
  }
}

export function ConductRules({ t }: { t: Translate }) {
  return (
    <ol>
      {conductRules.map((n) => (
        <li>{t(`discussions.conduct.rule.${n}`)}</li>
      ))}
    </ol>
  );
}

/** Shown in place of the writing form until the person agreed to the current version, once. */
export function ConductBox({ t, csrf, back }: { t: Translate; csrf: string; back: string }) {
  return (
    <section class="notice" aria-labelledby="conduct">
      <h2 id="conduct">{t("discussions.conduct.title")}</h2>
      <p>{t("discussions.conduct.intro")}</p>
      <ConductRules t={t} />
      <Form action="/discussions/conduct" csrf={csrf}>
        <input type="hidden" name="version" value={String(CONDUCT_VERSION)} />
        <input type="hidden" name="back" value={back} />
        <button type="submit">{t("discussions.conduct.agree")}</button>
      </Form>
    </section>
  );
}

/** A refusal shown where the writing form would be, when the form itself is not shown (not joined, no agreement yet). */
export function Refusal({ errors }: { errors: Record<string, string> }) {
  const messages = Object.values(errors);
  if (messages.length === 0) return null;
  return (
    <div class="error-summary" role="alert">
      {messages.map((message) => (
        <p>{message}</p>
      ))}
    </div>
  );
}
