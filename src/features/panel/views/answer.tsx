/** A panel survey as a parent answers it: the editor's questions on the measurement's scale, then thanks. */
import { Form } from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { CustomQuestions, customQuestionPage, noAnswers } from "../../measurements/index.js";
import type { PanelSurvey } from "../service/surveys.js";
import { Problem } from "../../../web/components/problem.js";

export function questionPageOf(survey: PanelSurvey) {
  return customQuestionPage(survey.title, survey.intro, survey.questions);
}

export function SurveyAnswerPage(props: {
  t: Translate;
  locale: Locale;
  csrf: string;
  survey: PanelSurvey;
  action: string;
  error?: string | undefined;
}) {
  const { t, locale, survey } = props;
  return (
    <section class="narrow questionnaire">
      <p class="muted">{t("panel.title")}</p>
      <h1>{survey.title[locale]}</h1>
      <p>{survey.intro[locale]}</p>
      <p class="hint">{t("panel.answer.anonymous")}</p>
      <Problem message={props.error} />
      <Form action={props.action} csrf={props.csrf}>
        <CustomQuestions
          t={t}
          locale={locale}
          page={questionPageOf(survey)}
          prompt={{ nl: t("panel.answer.prompt"), en: t("panel.answer.prompt") }}
          answers={noAnswers()}
        />
        <div class="actions">
          <button type="submit" class="button">
            {t("panel.answer.send")}
          </button>
        </div>
      </Form>
    </section>
  );
}
