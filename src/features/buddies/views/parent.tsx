/** /buddies for a parent: ask for a buddy or see the request, offer to be one or see the offer, and the pairings. */
import { formatDay } from "../../../lib/time/format.js";
import { ErrorSummary, Form, formFields, Select, TextArea } from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { FormErrors } from "../../../web/validation.js";
import { LANGUAGE_CODES, languageName } from "../../network/index.js";
import { availabilities, MAX_NOTE, reasons } from "../schemas.js";
import type { MyBuddies, Partner } from "../service/reads.js";
import { CheckboxGroup } from "../../../web/components/checkbox-group.js";
import { Problem } from "../../../web/components/problem.js";
import { Section } from "../../../web/components/section.js";
import { ButtonForm } from "../../../web/components/button-form.js";

export interface ListFormState {
  values: Record<string, string[]>;
  errors: FormErrors;
}

interface Props {
  t: Translate;
  locale: Locale;
  csrf: string;
  mine: MyBuddies;
  ask: ListFormState;
  offer: ListFormState;
}

const one = (state: ListFormState, name: string) => state.values[name]?.[0];

function LanguagesAndTimes({
  t,
  locale,
  state,
  stored,
}: Pick<Props, "t" | "locale"> & {
  state: ListFormState;
  stored?: { languages: string[]; availability: string[] } | null;
}) {
  return (
    <>
      <CheckboxGroup
        name="languages"
        legend={t("buddies.languages")}
        options={LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(locale, code) }))}
        checked={state.values.languages ?? stored?.languages ?? []}
        error={state.errors.languages}
      />
      <CheckboxGroup
        name="availability"
        legend={t("buddies.availability")}
        options={availabilities.map((a) => ({ value: a, label: t(`buddies.availability.${a}`) }))}
        checked={state.values.availability ?? stored?.availability ?? []}
        error={state.errors.availability}
      />
    </>
  );
}

function EndForm({ t, csrf, partner, line }: { t: Translate; csrf: string; partner: Partner; line: string }) {
  return (
    <li>
      {line}
      <ButtonForm
        action={`/buddies/pairs/${partner.pairId}/end`}
        csrf={csrf}
        class="secondary"
        label={t("buddies.end")}
      />
    </li>
  );
}

function Ask(props: Props) {
  const { t, locale, csrf, mine, ask } = props;
  if (mine.request) {
    return (
      <Section id="ask" title={t("buddies.ask.title")}>
        {Object.values(ask.errors).map((message) => (
          <Problem message={message} />
        ))}
        {mine.buddy ? (
          <ul>
            <EndForm
              t={t}
              csrf={csrf}
              partner={mine.buddy}
              line={t("buddies.myBuddy", {
                name: mine.buddy.name,
                email: mine.buddy.email,
                date: formatDay(locale, mine.buddy.since),
              })}
            />
          </ul>
        ) : (
          <>
            <p>{t("buddies.request.waiting")}</p>
            <ButtonForm
              action="/buddies/request/withdraw"
              csrf={csrf}
              class="secondary"
              label={t("buddies.request.withdraw")}
            />
          </>
        )}
      </Section>
    );
  }
  const field = formFields({ note: one(ask, "note") ?? "" }, ask.errors);
  return (
    <Section id="ask" title={t("buddies.ask.title")}>
      <Form action="/buddies/request" csrf={csrf} ids="ask">
        <ErrorSummary t={t} errors={ask.errors} />
        <CheckboxGroup
          name="reasons"
          legend={t("buddies.ask.reasons")}
          options={reasons.map((r) => ({ value: r, label: t(`buddies.reason.${r}`) }))}
          checked={ask.values.reasons ?? []}
          error={ask.errors.reasons}
        />
        <LanguagesAndTimes t={t} locale={locale} state={ask} />
        <TextArea {...field("note")} label={t("buddies.note")} maxlength={MAX_NOTE} />
        <button type="submit">{t("buddies.ask.submit")}</button>
      </Form>
    </Section>
  );
}

function Offer(props: Props) {
  const { t, locale, csrf, mine, offer } = props;
  const stored = mine.offer;
  const field = formFields({ note: one(offer, "note") ?? "", capacity: one(offer, "capacity") ?? "" }, offer.errors);
  return (
    <Section id="offer" title={t("buddies.offer.title")}>
      {stored ? <p>{t("buddies.offer.active")}</p> : <p>{t("buddies.offer.intro")}</p>}
      {mine.parents.length > 0 ? (
        <>
          <p>{t("buddies.myParents")}</p>
          <ul>
            {mine.parents.map((partner) => (
              <EndForm
                t={t}
                csrf={csrf}
                partner={partner}
                line={t("buddies.partner", {
                  name: partner.name,
                  email: partner.email,
                  date: formatDay(locale, partner.since),
                })}
              />
            ))}
          </ul>
        </>
      ) : null}
      <Form action="/buddies/offer" csrf={csrf} ids="offer">
        <ErrorSummary t={t} errors={offer.errors} />
        <LanguagesAndTimes t={t} locale={locale} state={offer} stored={stored} />
        <Select
          {...field("capacity", String(stored?.capacity ?? 1))}
          label={t("buddies.offer.capacity")}
          options={["1", "2", "3"].map((n) => ({ value: n, label: n }))}
        />
        <TextArea {...field("note", stored?.note)} label={t("buddies.note")} maxlength={MAX_NOTE} />
        <button type="submit">{t(stored ? "buddies.offer.update" : "buddies.offer.submit")}</button>
      </Form>
      {stored ? (
        <ButtonForm
          action="/buddies/offer/withdraw"
          csrf={csrf}
          class="secondary"
          label={t("buddies.offer.withdraw")}
        />
      ) : null}
    </Section>
  );
}

export function BuddyPage(props: Props) {
  const { t } = props;
  return (
    <>
      <h1>{t("buddies.title")}</h1>
      <p class="lead">{t("buddies.intro")}</p>
      <p class="notice">{t("buddies.privacy")}</p>
      <Ask {...props} />
      <Offer {...props} />
    </>
  );
}
