/**
 * "Another time" in a round: the parent's page (ask with a short note; what became of earlier
 * notes) and the teacher's list of notes with an answer form for each open one.
 */
import { ErrorSummary, Form, formFields, Select, TextArea } from "../../../web/components/forms.js";
import { formatMoment } from "../../../lib/time/format.js";
import { Note } from "./other-time-answer.js";
import type { RoundChild } from "../service/family.js";
import type { OtherTime, OtherTimeRow } from "../service/other-times.js";
import type { Round } from "../service/find-round.js";
import type { FormState, ViewProps } from "./common.js";
import { Refusal } from "./refusal.js";

interface AskProps extends ViewProps, FormState {
  round: Round;
  /** The parent's children in the round (not `children`, which JSX reserves for nested content). */
  pupils: RoundChild[];
  mine: OtherTime[];
  problem?: string | undefined;
}

export function OtherTimePage({ t, csrf, locale, round, pupils, mine, values = {}, errors = {}, problem }: AskProps) {
  const base = `/conversations/rounds/${round.id}`;
  const nameOf = (pupilId: string) => pupils.find((c) => c.pupilId === pupilId)?.firstName ?? "";
  const field = formFields(values, errors);
  return (
    <section class="narrow">
      <p>
        <a href={`${base}/book`}>{round.name}</a>
      </p>
      <h1>{t("conversations.otherTime.title")}</h1>
      <p>{t("conversations.otherTime.intro")}</p>
      <Refusal t={t} message={problem} />
      <ErrorSummary t={t} errors={errors} />
      {mine.length > 0 ? (
        <ul>
          {mine.map((note) => (
            <li>
              {nameOf(note.pupilId)}: {note.note} —{" "}
              {note.status === "open"
                ? t("conversations.otherTime.waiting")
                : note.answeredStartsAt
                  ? t("conversations.otherTime.answeredTime", { time: formatMoment(locale, note.answeredStartsAt) })
                  : t("conversations.otherTime.answered")}
              {note.answer ? ` “${note.answer}”` : ""}
            </li>
          ))}
        </ul>
      ) : null}
      <Form action={`${base}/other-time`} csrf={csrf}>
        <Select
          {...field("pupilId")}
          label={t("conversations.requests.child")}
          options={pupils.map((c) => ({ value: c.pupilId, label: c.name }))}
        />
        <TextArea
          {...field("note")}
          label={t("conversations.otherTime.note")}
          hint={t("conversations.otherTime.noteHint")}
          maxlength={1000}
          rows={4}
        />
        <button type="submit">{t("conversations.otherTime.submit")}</button>
      </Form>
    </section>
  );
}

interface NotesProps extends ViewProps {
  round: Round;
  rows: OtherTimeRow[];
  canAnswer: boolean;
}

export function OtherTimesPage({ t, locale, round, rows, canAnswer }: NotesProps) {
  return (
    <>
      <p>
        <a href={`/conversations/rounds/${round.id}`}>{round.name}</a>
      </p>
      <h1>{t("conversations.otherTime.listTitle")}</h1>
      {rows.length === 0 ? <p>{t("conversations.otherTime.none")}</p> : null}
      <ul class="cards">
        {rows.map((row) => (
          <li class="card">
            <h2>{row.childName}</h2>
            <Note t={t} locale={locale} round={round} row={row} />
            {row.otherTime.status === "open" && canAnswer ? (
              <p>
                <a class="button" href={`/conversations/other-times/${row.otherTime.id}`}>
                  {t("conversations.otherTime.answer")}
                  <span class="visually-hidden"> {row.childName}</span>
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
