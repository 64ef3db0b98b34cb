/** A teacher's available times in a round: the list, removing one, and adding one. */
import { ErrorSummary, Field, Form, formFields } from "../../../web/components/forms.js";
import type { Window } from "../service/availability.js";
import type { Round } from "../service/find-round.js";
import type { FormState, ViewProps } from "./common.js";
import { formatSchoolDay } from "../../../lib/time/format.js";
import { typedDate } from "../../../lib/time/dutch-date.js";
import { schoolDate } from "../../../lib/time/school-date.js";
import { Refusal } from "./refusal.js";

interface AvailabilityProps extends ViewProps, FormState {
  round: Round;
  windows: Window[];
  /** Why removing a time was refused. */
  problem?: string | undefined;
}

export function AvailabilityPage(props: AvailabilityProps) {
  const { t, csrf, locale, round, windows, values = {}, errors = {}, problem } = props;
  const base = `/conversations/rounds/${round.id}/availability`;
  const period = (w: Window) => `${formatSchoolDay(locale, w.onDate)} ${w.fromTime}–${w.toTime}`;
  const field = formFields(values, errors);
  // The hint's example is the day booking closes: a date near the conversations.
  const example = schoolDate(round.closesAt);
  return (
    <section class="narrow">
      <p>
        <a href={`/conversations/rounds/${round.id}`}>{round.name}</a>
      </p>
      <h1>{t("conversations.availability.title")}</h1>
      <Refusal t={t} message={problem} />
      <p>{t("conversations.availability.intro")}</p>
      <p>{t("conversations.round.slotMinutes", { minutes: round.slotSettings.slotMinutes })}</p>
      <h2>{t("conversations.availability.list")}</h2>
      {windows.length === 0 ? (
        <p>{t("conversations.availability.none")}</p>
      ) : (
        <ul>
          {windows.map((w) => (
            <li>
              {period(w)}
              <form method="post" action={`${base}/${w.id}/remove`} class="inline">
                <input type="hidden" name="_csrf" value={csrf} />
                <button type="submit" class="link-button">
                  {t("conversations.availability.remove")}
                  <span class="visually-hidden"> {period(w)}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <h2>{t("conversations.availability.add")}</h2>
      <ErrorSummary t={t} errors={errors} />
      <Form action={base} csrf={csrf}>
        <Field
          {...field("date")}
          type="date"
          label={t("conversations.availability.date")}
          hint={t("conversations.availability.dateHint", {
            example: typedDate(example),
            day: formatSchoolDay(locale, example),
          })}
          required
        />
        {(["from", "to"] as const).map((end) => (
          <Field
            {...field(end)}
            type="time"
            label={t(`conversations.availability.${end}`)}
            hint={t(`conversations.availability.${end}Hint`)}
            required
          />
        ))}
        <button type="submit">{t("conversations.availability.add")}</button>
      </Form>
    </section>
  );
}
