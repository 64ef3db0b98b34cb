/**
 * One voice's preparation form: the guide's questions in that voice's words (the pupil's for
 * children), the previous conversation's agreements to start from, and for the teacher a
 * private note. Once the conversation has started the answers are shown, not edited.
 */
import { ErrorSummary, Form, formFields, TextArea } from "../../../web/components/forms.js";
import { ANSWER_MAX, askedIn, currentGuide, type Voice } from "../domain/guide.js";
import type { Wording } from "../../../web/i18n/index.js";
import { formatSlot, intlLocale } from "../../../lib/time/format.js";
import type { PreparationPageData } from "../service/preparation.js";
import { Problem } from "../../../web/components/problem.js";
import type { FormState, ViewProps } from "./common.js";
import { Answers, PreviousAgreements } from "./prep-parts.js";
import { PageHead } from "../../../web/components/page-head.js";
import { teacherLabel } from "../teacher-label.js";

interface PreparationProps extends ViewProps, FormState {
  data: PreparationPageData;
  voice: Voice;
  /** The words the guide's questions are asked in: a school's or a daycare's. */
  wording: Wording;
  problem?: string | undefined;
}

export function PreparationPage(props: PreparationProps) {
  const { t, csrf, locale, data, voice, wording, values, errors, problem } = props;
  const { conversation, preparations } = data;
  const saved = preparations[voice];
  const back = conversation.asTeacher
    ? `/conversations/bookings/${conversation.bookingId}/conversation`
    : `/conversations/rounds/${conversation.roundId}/book`;
  const answer = (id: string) => values?.[id] ?? saved?.answers[id] ?? "";
  return (
    <>
      <PageHead
        back={{ href: back, label: t("conversations.prepare.back") }}
        title={t(`conversations.prepare.heading.${voice}`, { name: conversation.pupilFirstName })}
      />
      <p>
        {conversation.asTeacher
          ? // The teacher is told whom they meet, not their own name.
            t("conversations.prepare.whenTeacher", {
              time: formatSlot(locale, conversation.startsAt, conversation.endsAt),
              people: new Intl.ListFormat(intlLocale(locale)).format([
                ...conversation.parentNames,
                conversation.pupilFirstName,
              ]),
            })
          : t("conversations.prepare.when", {
              time: formatSlot(locale, conversation.startsAt, conversation.endsAt),
              teacher: teacherLabel(t, conversation.teacherName),
            })}
      </p>
      <p>{t(`conversations.prepare.intro.${voice}`)}</p>
      {voice === "pupil" ? (
        <p class="hint">
          {t(conversation.asTeacher ? "conversations.prepare.helper.school" : "conversations.prepare.helper.home")}
        </p>
      ) : null}
      <Problem message={problem} />
      <PreviousAgreements t={t} locale={locale} previous={data.previous} />
      {data.canEdit ? (
        <Form action={`/conversations/bookings/${conversation.bookingId}/prepare/${voice}`} csrf={csrf}>
          <ErrorSummary t={t} errors={errors ?? {}} />
          {currentGuide.questions.map((q) => (
            <TextArea
              name={q.id}
              label={askedIn(q, voice, locale, wording)}
              value={answer(q.id)}
              error={errors?.[q.id]}
              maxlength={ANSWER_MAX}
            />
          ))}
          {voice === "teacher" ? (
            <TextArea
              {...formFields(values, errors)("note", data.note)}
              label={t("conversations.prepare.note")}
              hint={t("conversations.prepare.noteHint")}
              maxlength={2000}
            />
          ) : null}
          <button type="submit">{t("conversations.prepare.save")}</button>
        </Form>
      ) : (
        <>
          <p class="notice">{t("conversations.prepare.locked")}</p>
          <Answers t={t} locale={locale} wording={wording} voice={voice} preparation={saved} />
        </>
      )}
    </>
  );
}
