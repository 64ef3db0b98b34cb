/** A parent's note for another time as staff see it, and the page where a teacher answers one. */
import { ErrorSummary, Field, Form, formFields, TextArea } from "../../../web/components/forms.js";
import { formatSlot } from "../../../lib/time/format.js";
import type { OtherTimeRow } from "../service/other-times.js";
import type { Round } from "../service/find-round.js";
import type { FormState, ViewProps } from "./common.js";
import { Refusal } from "./refusal.js";

/** The parent's note and, once answered, the answer. */
export function Note({ t, locale, round, row }: Pick<ViewProps, "t" | "locale"> & { round: Round; row: OtherTimeRow }) {
  const { otherTime } = row;
  const minutes = round.slotSettings.slotMinutes * 60_000;
  const at = otherTime.answeredStartsAt;
  return (
    <>
      <p>
        {t("conversations.otherTime.from", { name: row.guardianName })}: {otherTime.note}
      </p>
      {otherTime.status === "answered" ? (
        <p>
          {at
            ? t("conversations.otherTime.answeredTime", {
                time: formatSlot(locale, at, new Date(at.getTime() + minutes)),
              })
            : t("conversations.otherTime.answered")}
          {otherTime.answer ? ` “${otherTime.answer}”` : ""}
        </p>
      ) : null}
    </>
  );
}

interface AnswerProps extends ViewProps, FormState {
  round: Round;
  row: OtherTimeRow;
  problem?: string | undefined;
}

/** A teacher answers one note: a time (booked in the round), a message, or both. */
export function AnswerPage({ t, csrf, locale, round, row, problem, values = {}, errors = {} }: AnswerProps) {
  const field = formFields(values, errors);
  return (
    <section class="narrow">
      <p>
        <a href={`/conversations/rounds/${round.id}/other-times`}>{t("conversations.otherTime.listTitle")}</a>
      </p>
      <h1>{t("conversations.otherTime.answerTitle", { name: row.childName })}</h1>
      <Refusal t={t} message={problem} />
      <ErrorSummary t={t} errors={errors} />
      <Note t={t} locale={locale} round={round} row={row} />
      {row.otherTime.status === "open" ? (
        <Form action={`/conversations/other-times/${row.otherTime.id}/answer`} csrf={csrf}>
          <Field
            {...field("time")}
            type="datetime-local"
            label={t("conversations.otherTime.answerTime")}
            hint={t("conversations.otherTime.answerTimeHint")}
          />
          <TextArea
            {...field("message")}
            label={t("conversations.otherTime.answerMessage")}
            maxlength={1000}
            rows={4}
          />
          <button type="submit">{t("conversations.otherTime.answer")}</button>
        </Form>
      ) : null}
    </section>
  );
}
