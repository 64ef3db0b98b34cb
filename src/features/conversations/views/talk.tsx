/**
 * The teacher's page during the conversation: the three preparations side by side (stacked
 * on a phone), the previous agreements to start from, and the agreements made so far. It
 * prints on paper; the teacher's private note is deliberately not on it, since this page is
 * what lies on the table.
 */
import { VOICES } from "../domain/guide.js";
import { formatSlot } from "../../../lib/time/format.js";
import type { ConversationOutcome } from "../service/outcomes.js";
import type { PreparationPageData } from "../service/preparation.js";
import type { ViewProps } from "./common.js";
import { AgreementList, Answers, PreviousAgreements } from "./prep-parts.js";
import { Section } from "../../../web/components/section.js";
import type { Wording } from "../../../web/i18n/index.js";
import { teacherLabel } from "../teacher-label.js";

interface TalkProps extends Omit<ViewProps, "csrf"> {
  wording: Wording;
  data: PreparationPageData;
  outcome: ConversationOutcome | null;
}

export function TalkPage({ t, locale, wording, data, outcome }: TalkProps) {
  const { conversation } = data;
  const base = `/conversations/bookings/${conversation.bookingId}`;
  return (
    <section class="talk">
      <p class="no-print">
        <a href={`/conversations/rounds/${conversation.roundId}/conversations`}>{t("conversations.talk.mine")}</a>
      </p>
      <h1>{t("conversations.talk.title", { name: conversation.pupilName })}</h1>
      <p>
        {formatSlot(locale, conversation.startsAt, conversation.endsAt)} · {teacherLabel(t, conversation.teacherName)}
      </p>
      <p class="actions no-print">
        {data.canEdit ? (
          <>
            <a class="button secondary" href={`${base}/prepare/pupil`}>
              {t("conversations.talk.fillPupil")}
            </a>
            <a class="button secondary" href={`${base}/prepare/teacher`}>
              {t("conversations.talk.fillTeacher")}
            </a>
          </>
        ) : null}
        <a class="button" href={`${base}/agreements`}>
          {t("conversations.talk.record")}
        </a>
      </p>
      <p class="no-print hint">{t("conversations.talk.print")}</p>
      <PreviousAgreements t={t} locale={locale} previous={data.previous} />
      <div class="voices">
        {VOICES.map((voice) => (
          <section aria-labelledby={`voice-${voice}`}>
            <h2 id={`voice-${voice}`}>{t(`conversations.voice.${voice}`)}</h2>
            <Answers t={t} locale={locale} wording={wording} voice={voice} preparation={data.preparations[voice]} />
          </section>
        ))}
      </div>
      {outcome ? (
        <Section id="agreements" title={t("conversations.mine.agreements")}>
          <AgreementList t={t} locale={locale} agreements={outcome.agreements} />
        </Section>
      ) : null}
    </section>
  );
}
