/**
 * The questionnaire as a respondent sees it, without JavaScript: the start
 * page, one page per domain (each item a fieldset, each scale a fieldset of
 * labelled radios), the page to send, and the thank-you page.
 */
import { CsrfField } from "../../../web/components/forms.js";
import { Problem } from "../../../web/components/problem.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { Questionnaire } from "../domain/instrument.js";
import type { ItemAnswer } from "../domain/tally.js";
import { pickText, type LocalisedText } from "../domain/text.js";
import {
  DONT_KNOW,
  fieldName,
  OPEN_ANSWER_MAX,
  openFieldName,
  type AnswerProgress,
  type Answers,
  type QuestionPage,
} from "../questionnaire.js";
import { customScale } from "../questionnaire-custom.js";
import { Face } from "./faces.js";
import { Section } from "../../../web/components/section.js";
import { Said } from "./said.js";

interface Common {
  t: Translate;
  locale: Locale;
  token: string;
}

const say = (text: LocalisedText, locale: Locale) => pickText(text, locale).text;

/** A question's fieldset, which the review links to when it is not fully answered. */
const questionId = (itemId: string) => `question-${itemId}`;

export function IntroPage(
  props: Common & { title: string; org: string; intro: LocalisedText; savedPage: number; pages: number },
) {
  const { t, locale, token, savedPage, pages } = props;
  const next = Math.min(savedPage + 1, pages);
  return (
    <section class="narrow questionnaire">
      <p class="muted">{props.org}</p>
      <h1>{props.title}</h1>
      <p>{say(props.intro, locale)}</p>
      <p>{t("measure.answer.saveNote")}</p>
      {savedPage > 0 ? (
        <>
          <p>{t("measure.answer.resumeNote")}</p>
          <p>
            <a class="button" href={savedPage >= pages ? `/m/${token}/send` : `/m/${token}/${next}`}>
              {t("measure.answer.continue")}
            </a>
          </p>
        </>
      ) : (
        <p>
          <a class="button" href={`/m/${token}/1`}>
            {t("measure.answer.start")}
          </a>
        </p>
      )}
      <p>
        <a href={`/m/${token}/all`}>{t("measure.answer.allPages.link")}</a>
      </p>
    </section>
  );
}

interface PageProps extends Common {
  page: QuestionPage;
  pages: number;
  questionnaire: Questionnaire;
  answers: Answers;
  csrf: string;
}

export function AnswerPage({ t, locale, token, page, pages, questionnaire, answers, csrf }: PageProps) {
  return (
    <section class="narrow questionnaire">
      <p class="progress-text" id="progress-text">
        {t("measure.answer.progress", { n: page.number, total: pages })}
      </p>
      <progress max={pages} value={page.number} aria-labelledby="progress-text">
        {page.number}/{pages}
      </progress>
      <h1>{say(page.title, locale)}</h1>
      <p>{say(page.description, locale)}</p>
      <form method="post" action={`/m/${token}/${page.number}`} novalidate>
        <CsrfField token={csrf} />
        <PageQuestions t={t} locale={locale} page={page} questionnaire={questionnaire} answers={answers} />
        <div class="actions">
          <button type="submit" name="go" value="next">
            {t("measure.answer.next")}
          </button>
          {page.number > 1 ? (
            <button type="submit" name="go" value="previous" class="secondary">
              {t("measure.answer.previous")}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}

interface AllPagesProps extends Common {
  title: string;
  pages: QuestionPage[];
  questionnaire: Questionnaire;
  answers: Answers;
  csrf: string;
  saved: boolean;
  error: boolean;
}

/** Every page in one form, for those who would rather scroll than page through. */
export function AllPagesPage(props: AllPagesProps) {
  const { t, locale, token, questionnaire, answers } = props;
  return (
    <section class="narrow questionnaire">
      <h1>{props.title}</h1>
      {props.saved ? <p role="status">{t("measure.answer.saved")}</p> : null}
      <Problem message={props.error ? t("measure.answer.empty") : undefined} />
      <p>{t("measure.answer.allPages.intro")}</p>
      <form method="post" action={`/m/${token}/all`} novalidate>
        <CsrfField token={props.csrf} />
        {props.pages.map((page) => (
          <Section id={`page-${page.number}`} title={say(page.title, locale)} class="question-page">
            <p>{say(page.description, locale)}</p>
            <PageQuestions t={t} locale={locale} page={page} questionnaire={questionnaire} answers={answers} onePage />
          </Section>
        ))}
        <p>{t("measure.answer.review.final")}</p>
        <div class="actions">
          <button type="submit" name="go" value="send">
            {t("measure.answer.send")}
          </button>
          <button type="submit" name="go" value="save" class="secondary">
            {t("measure.answer.saveForLater")}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A page's questions as fieldsets, and its open question; on the one-page form each open question has its own field. */
function PageQuestions(props: {
  t: Translate;
  locale: Locale;
  page: QuestionPage;
  questionnaire: Pick<Questionnaire, "prompts" | "scale">;
  answers: Answers;
  onePage?: boolean;
}) {
  const { t, locale, page, questionnaire, answers } = props;
  const open = page.domain ? (answers.open[page.domain] ?? "") : "";
  const openName = props.onePage && page.domain ? openFieldName(page.domain) : "open";
  const openId = `field-${openName.replace(":", "-")}`;
  return (
    <>
      {page.items.map((item) => (
        <fieldset class="question" id={questionId(item.id)}>
          <legend>
            <Said text={item.text} locale={locale} />
          </legend>
          <Scale side="current" itemId={item.id} q={questionnaire} locale={locale} answer={answers.answers[item.id]} />
          {page.desired ? (
            <Scale
              side="desired"
              itemId={item.id}
              q={questionnaire}
              locale={locale}
              answer={answers.answers[item.id]}
            />
          ) : null}
        </fieldset>
      ))}
      {page.openQuestion ? (
        <div class="field">
          <label for={openId}>
            {say(page.openQuestion, locale)} {t("measure.answer.openQuestion")}
          </label>
          <textarea id={openId} name={openName} rows={4} maxlength={OPEN_ANSWER_MAX}>
            {open}
          </textarea>
        </div>
      ) : null}
    </>
  );
}

function Scale(props: {
  side: "current" | "desired";
  itemId: string;
  q: Pick<Questionnaire, "prompts" | "scale">;
  locale: Locale;
  answer: ItemAnswer | undefined;
}) {
  const { side, itemId, q, locale } = props;
  const prompt = side === "current" ? q.prompts.current : q.prompts.desired;
  const chosen = props.answer?.[side];
  const name = fieldName(side, itemId);
  const pictorial = q.scale.points.some((p) => p.face);
  const options = [
    ...q.scale.points.map((p) => ({ value: String(p.value), point: p, on: chosen === p.value })),
    { value: DONT_KNOW, point: { label: q.scale.dontKnow }, on: chosen === null },
  ];
  return (
    <fieldset class={pictorial ? "scale scale-faces" : "scale"}>
      <legend>{prompt ? say(prompt, locale) : ""}</legend>
      {options.map(({ value, point, on }) => {
        const id = `${name}-${value}`;
        const face =
          "face" in point && point.face && point.accessibleName
            ? { kind: point.face, name: point.accessibleName }
            : null;
        return (
          <div class="choice">
            <input type="radio" id={id} name={name} value={value} checked={on} />
            {face ? (
              // The face's name ("Sad face: no") holds the word under it, so the label says it once.
              <label for={id}>
                <Face kind={face.kind} name={say(face.name, locale)} />
                <span aria-hidden="true">{say(point.label, locale)}</span>
              </label>
            ) : (
              <label for={id}>{say(point.label, locale)}</label>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

export function ReviewPage(props: Common & { csrf: string; progress: AnswerProgress; pages: number; error: boolean }) {
  const { t, token, progress } = props;
  return (
    <section class="narrow questionnaire">
      <h1>{t("measure.answer.review.title")}</h1>
      <Problem message={props.error ? t("measure.answer.empty") : undefined} />
      <p>{t("measure.answer.review.body", { n: progress.complete, total: progress.total })}</p>
      {progress.withoutDesired > 0 && (
        <p>{t("measure.answer.review.withoutDesired", { n: progress.withoutDesired })}</p>
      )}
      {progress.withoutCurrent > 0 && (
        <p>{t("measure.answer.review.withoutCurrent", { n: progress.withoutCurrent })}</p>
      )}
      {progress.unanswered.length > 0 && (
        <>
          <h2>{t("measure.answer.review.unanswered")}</h2>
          <ul>
            {progress.unanswered.map((question) => (
              <li>
                <a href={`/m/${token}/${question.page}#${questionId(question.id)}`}>
                  <Said text={question.text} locale={props.locale} />
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t("measure.answer.review.final")}</p>
      <form method="post" action={`/m/${token}/send`}>
        <CsrfField token={props.csrf} />
        <div class="actions">
          <button type="submit">{t("measure.answer.send")}</button>
          <a class="button secondary" href={`/m/${token}/${props.pages}`}>
            {t("measure.answer.backToQuestions")}
          </a>
        </div>
      </form>
    </section>
  );
}

/**
 * Questions of someone else's questionnaire on the measurement's scale (the parent panel's
 * editor-defined questions, questionnaire.ts customQuestionPage): the same fieldsets, radios and
 * "don't know", read back with readPage.
 */
export function CustomQuestions(props: {
  t: Translate;
  locale: Locale;
  page: QuestionPage;
  prompt: LocalisedText;
  answers: Answers;
}) {
  const questionnaire = { prompts: { current: props.prompt }, scale: customScale };
  return (
    <PageQuestions
      t={props.t}
      locale={props.locale}
      page={props.page}
      questionnaire={questionnaire}
      answers={props.answers}
    />
  );
}
