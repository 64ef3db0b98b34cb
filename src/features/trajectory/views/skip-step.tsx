/** Skipping a step of the trajectory takes a reason, which the timeline shows beside the step. */
import { ErrorSummary, Form, formFields, TextArea } from "../../../web/components/forms.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import type { SkippableStep } from "../domain/phase.js";
import type { PageBase } from "./props.js";
import { BackLink } from "../../../web/components/back-link.js";

export function SkipStepPage(props: PageBase & { step: SkippableStep; values: FormValues; errors: FormErrors }) {
  const { t, csrf, step, values, errors } = props;
  const name = t(`trajectory.step.${step}`);
  const field = formFields(values, errors);
  return (
    <section class="narrow">
      <BackLink href="/trajectory" label={t("trajectory.back")} />
      <h1>{t("trajectory.skip.title", { step: name })}</h1>
      <p>{t("trajectory.skip.explain")}</p>
      <ErrorSummary t={t} errors={errors} />
      <Form action="/trajectory/skip" csrf={csrf}>
        <input type="hidden" name="step" value={step} />
        <TextArea {...field("reason")} label={t("trajectory.skip.reason")} maxlength={500} />
        <button type="submit">{t("trajectory.skip.submit")}</button>
      </Form>
    </section>
  );
}
