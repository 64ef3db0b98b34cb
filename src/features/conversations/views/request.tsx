/**
 * One conversation on request: what it is about, where it stands, and the steps the viewer
 * may take now (propose times, accept one, set the time, cancel, mark held).
 */
import { ErrorSummary, Field, Form, formFields } from "../../../web/components/forms.js";
import { stepsFor } from "../domain/requests.js";
import { formatSlot } from "../../../lib/time/format.js";
import type { RequestDetail } from "../service/requests.js";
import type { FormState, ViewProps } from "./common.js";
import { Refusal } from "./refusal.js";
import { LengthSelect } from "./request-fields.js";
import { Section } from "../../../web/components/section.js";
import { PageHead } from "../../../web/components/page-head.js";
import { ButtonForm } from "../../../web/components/button-form.js";
import { Detail } from "../../../web/components/detail.js";

interface RequestPageProps extends ViewProps, FormState {
  now: Date;
  detail: RequestDetail;
  problem?: string | undefined;
}

export function RequestPage({ t, csrf, locale, now, detail, problem, values = {}, errors = {} }: RequestPageProps) {
  const { request, side } = detail;
  const base = `/conversations/requests/${request.id}`;
  const steps = stepsFor(request, side, now);
  const field = formFields(values, errors);
  return (
    <section class="narrow">
      <PageHead
        back={{ href: "/conversations/requests", label: t("conversations.requests.title") }}
        title={t("conversations.requests.about", {
          name: detail.childName,
          topic: t(`conversations.topic.${request.topic}`),
        })}
      />
      <Refusal t={t} message={problem} />
      <ErrorSummary t={t} errors={errors} />
      <dl class="details">
        <Detail term={t("conversations.requests.statusLabel")}>
          {t(`conversations.requests.status.${request.status}`)}
        </Detail>
        <Detail term={t("conversations.round.teacher")}>{detail.teacherName}</Detail>
        <Detail term={t("conversations.requests.askedBy")}>
          {t(`conversations.requests.side.${request.askedBy}`)}
        </Detail>
        {request.startsAt && request.endsAt ? (
          <Detail term={t("conversations.requests.time")}>
            {formatSlot(locale, request.startsAt, request.endsAt)}
          </Detail>
        ) : null}
        {request.note ? <Detail term={t("conversations.requests.note")}>{request.note}</Detail> : null}
      </dl>
      {detail.times.length > 0 ? (
        <Section id="proposed" title={t("conversations.requests.proposed")}>
          <ul>
            {detail.times.map((time) => (
              <li>
                {formatSlot(locale, time.startsAt, time.endsAt)}
                {steps.includes("accept") ? (
                  <Form action={`${base}/accept`} csrf={csrf}>
                    <input type="hidden" name="timeId" value={time.id} />
                    <button type="submit">{t("conversations.requests.accept")}</button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {steps.includes("propose") ? (
        <Section id="propose" title={t("conversations.requests.propose")}>
          <p>{t("conversations.requests.proposeIntro")}</p>
          <Form action={`${base}/propose`} csrf={csrf}>
            {(["time1", "time2", "time3"] as const).map((name, index) => (
              <Field
                name={name}
                type="datetime-local"
                label={t("conversations.requests.timeN", { n: index + 1 })}
                value={values[name]}
                error={errors[name]}
              />
            ))}
            <LengthSelect t={t} value={values.minutes} />
            <button type="submit">{t("conversations.requests.sendProposal")}</button>
          </Form>
        </Section>
      ) : null}
      {steps.includes("set") ? (
        <Section id="set-time" title={t("conversations.requests.set")}>
          <Form action={`${base}/set`} csrf={csrf}>
            <Field
              {...field("time")}
              type="datetime-local"
              label={t("conversations.requests.time")}
              hint={t("conversations.form.dateTimeHint")}
            />
            <LengthSelect t={t} value={values.minutes} />
            <button type="submit">{t("conversations.requests.setSubmit")}</button>
          </Form>
        </Section>
      ) : null}
      <div class="actions">
        {steps.includes("hold") ? (
          <ButtonForm action={`${base}/held`} csrf={csrf} label={t("conversations.requests.markHeld")} />
        ) : null}
        {steps.includes("cancel") ? (
          <a class="button secondary" href={`${base}/cancel`}>
            {t("conversations.requests.cancel")}
          </a>
        ) : null}
      </div>
    </section>
  );
}
