/** Fair mode: per child and time, yes, no or open. One fieldset of three radios per time. */
import { Form } from "../../../web/components/forms.js";
import { formatSlot } from "../../../lib/time/format.js";
import type { PreferencesPageData } from "../service/preferences.js";
import { RoundState, type ViewProps } from "./common.js";
import { Refusal } from "./refusal.js";

interface PreferencesProps extends ViewProps {
  now: Date;
  data: PreferencesPageData;
  problem?: string | undefined;
}

const answers = ["yes", "no", "open"] as const;

export function PreferencesPage({ t, csrf, locale, now, data, problem }: PreferencesProps) {
  const { round } = data;
  return (
    <>
      <p>
        <a href={`/conversations/rounds/${round.id}/book`}>{round.name}</a>
      </p>
      <h1>{t("conversations.preferences.title")}</h1>
      <RoundState t={t} locale={locale} round={round} now={now} />
      <p>{t("conversations.preferences.explain")}</p>
      <Refusal t={t} message={problem} />
      <Form action={`/conversations/rounds/${round.id}/preferences`} csrf={csrf}>
        {data.children.map((child) => (
          <section aria-labelledby={`prefs-${child.pupilId}`}>
            <h2 id={`prefs-${child.pupilId}`}>{t("conversations.book.child", { name: child.firstName })}</h2>
            {child.slots.length === 0 ? <p>{t("conversations.book.noSlots")}</p> : null}
            {child.slots.map((slot) => {
              const name = `mark:${child.pupilId}:${slot.id}`;
              const current = data.marks.get(`${child.pupilId}:${slot.id}`) ?? "open";
              return (
                <fieldset class="field preference">
                  <legend>
                    {formatSlot(locale, slot.startsAt, slot.endsAt)} ({slot.teacherName})
                  </legend>
                  {answers.map((answer) => {
                    const id = `${child.pupilId}-${slot.id}-${answer}`;
                    return (
                      <span class="checkbox">
                        <input type="radio" id={id} name={name} value={answer} checked={answer === current} />
                        <label for={id}>{t(`conversations.preferences.${answer}`)}</label>
                      </span>
                    );
                  })}
                </fieldset>
              );
            })}
          </section>
        ))}
        <button type="submit">{t("conversations.preferences.submit")}</button>
      </Form>
    </>
  );
}
