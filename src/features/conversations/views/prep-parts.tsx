/** Pieces the guide's pages share: one voice's answers, a list of agreements, the previous conversation's agreements. */
import type { Locale, Translate, Wording } from "../../../web/i18n/index.js";
import { askedIn, guideOf, type Voice } from "../domain/guide.js";
import { formatDay, formatSchoolDay } from "../../../lib/time/format.js";
import type { Agreement, PastAgreements } from "../service/outcomes.js";
import type { Preparation } from "../service/preparation.js";
import { Detail } from "../../../web/components/detail.js";

/** One voice's answers under the questions of the guide version they answered. */
export function Answers(props: {
  t: Translate;
  locale: Locale;
  wording: Wording;
  voice: Voice;
  preparation: Preparation | undefined;
}) {
  const { t, locale, wording, voice, preparation } = props;
  if (!preparation) return <p>{t("conversations.prepare.notYet")}</p>;
  return (
    <>
      <p class="hint">{t(`conversations.prepare.filledIn.${preparation.filledIn}`)}</p>
      <dl class="answers">
        {guideOf(preparation.guideVersion).questions.map((q) => (
          <Detail term={askedIn(q, voice, locale, wording)}>
            {preparation.answers[q.id] || t("conversations.prepare.noAnswer")}
          </Detail>
        ))}
      </dl>
    </>
  );
}

export function AgreementList({ t, locale, agreements }: { t: Translate; locale: Locale; agreements: Agreement[] }) {
  return (
    <ul class="agreements">
      {agreements.map((a) => (
        <li>
          <strong>{t(`conversations.party.${a.party}`)}:</strong> {a.what}
          {a.dueOn ? ` (${t("conversations.agree.dueOn", { date: formatSchoolDay(locale, a.dueOn) })})` : ""}
        </li>
      ))}
    </ul>
  );
}

/** The agreements the next conversation starts from. */
export function PreviousAgreements(props: { t: Translate; locale: Locale; previous: PastAgreements | null }) {
  const { t, locale, previous } = props;
  if (!previous) return null;
  return (
    <section class="notice" aria-labelledby="previous-agreements">
      <h2 id="previous-agreements">
        {t("conversations.prepare.previous.title", {
          round: previous.roundName,
          date: formatDay(locale, previous.startsAt),
        })}
      </h2>
      <AgreementList t={t} locale={locale} agreements={previous.agreements} />
      {previous.followUpOn ? (
        <p>{t("conversations.prepare.previous.followUp", { date: formatSchoolDay(locale, previous.followUpOn) })}</p>
      ) : null}
    </section>
  );
}
