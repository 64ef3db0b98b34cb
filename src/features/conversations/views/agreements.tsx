/**
 * Agreements after the conversation. The teacher gets a form of rows (who, what, by when;
 * enough empty rows to work without JavaScript) and the follow-up date; a parent reads the
 * agreements and adds a remark. Both see the parents' remarks.
 */
import { ErrorSummary, Field, Form, formFields, labelField, Select, TextArea } from "../../../web/components/forms.js";
import type { Translate } from "../../../web/i18n/index.js";
import { formatMoment, formatSchoolDay } from "../../../lib/time/format.js";
import { AGREEMENT_ROWS, PARTIES } from "../preparation-schemas.js";
import type { AgreementsPageData } from "../service/agreements.js";
import { Problem } from "../../../web/components/problem.js";
import type { FormState, ViewProps } from "./common.js";
import { AgreementList } from "./prep-parts.js";
import { PageHead } from "../../../web/components/page-head.js";
import { Section } from "../../../web/components/section.js";
import { Detail } from "../../../web/components/detail.js";

interface AgreementsProps extends ViewProps, FormState {
  data: AgreementsPageData;
  problem?: string | undefined;
}

export function AgreementsPage(props: AgreementsProps) {
  const { t, locale, data, problem } = props;
  const { conversation, outcome } = data;
  const back = conversation.asTeacher
    ? `/conversations/bookings/${conversation.bookingId}/conversation`
    : `/conversations/rounds/${conversation.roundId}/book`;
  return (
    <>
      <PageHead
        back={{ href: back, label: t("conversations.prepare.back") }}
        title={t("conversations.agree.title", { name: conversation.pupilName })}
      />
      <Problem message={problem} />
      {outcome ? (
        <>
          <AgreementList t={t} locale={locale} agreements={outcome.agreements} />
          {outcome.followUpOn ? (
            <p>{t("conversations.agree.followUpOn", { date: formatSchoolDay(locale, outcome.followUpOn) })}</p>
          ) : null}
          <p class="hint">{t("conversations.agree.recordedAt", { date: formatMoment(locale, outcome.recordedAt) })}</p>
          <Remarks t={t} remarks={outcome.remarks} />
        </>
      ) : (
        <p>{t("conversations.agree.none")}</p>
      )}
      {conversation.asTeacher ? <TeacherForm {...props} /> : outcome ? <RemarkForm {...props} /> : null}
    </>
  );
}

function Remarks({ t, remarks }: { t: Translate; remarks: { name: string; remark: string }[] }) {
  if (remarks.length === 0) return null;
  return (
    <Section id="remarks" title={t("conversations.agree.remarks")}>
      <dl class="answers">
        {remarks.map((r) => (
          <Detail term={r.name}>{r.remark}</Detail>
        ))}
      </dl>
    </Section>
  );
}

function RemarkForm({ t, csrf, data, values, errors }: AgreementsProps) {
  const own = data.outcome?.remarks.find((r) => r.guardianId === data.conversation.guardianId);
  return (
    <Form action={`/conversations/bookings/${data.conversation.bookingId}/agreements/remark`} csrf={csrf}>
      <ErrorSummary t={t} errors={errors ?? {}} />
      <TextArea
        {...formFields(values, errors)("remark", own?.remark)}
        label={t("conversations.agree.remark")}
        hint={t("conversations.agree.remarkHint")}
        maxlength={1000}
      />
      <button type="submit">{t("conversations.agree.remarkSave")}</button>
    </Form>
  );
}

function TeacherForm({ t, csrf, data, values, errors }: AgreementsProps) {
  const saved = data.outcome?.agreements ?? [];
  const value = (name: string, i: number, fallback: string | null | undefined) =>
    values ? (values[`${name}-${i}`] ?? "") : (fallback ?? "");
  const count = Math.min(20, saved.length + AGREEMENT_ROWS);
  const parties = [
    { value: "", label: t("conversations.agree.partyChoose") },
    ...PARTIES.map((p) => ({ value: p, label: t(`conversations.party.${p}`) })),
  ];
  return (
    <Form action={`/conversations/bookings/${data.conversation.bookingId}/agreements`} csrf={csrf}>
      <p>{t("conversations.agree.intro")}</p>
      <ErrorSummary t={t} errors={errors ?? {}} />
      {Array.from({ length: count }, (_, i) => (
        <fieldset class="agreement-row">
          <legend>{t("conversations.agree.row", { n: i + 1 })}</legend>
          <RowLabels t={t} n={i + 1} />
          <Select
            name={`party-${i}`}
            label={t("conversations.agree.party")}
            options={parties}
            value={value("party", i, saved[i]?.party)}
            error={errors?.[`party-${i}`]}
          />
          <Field
            name={`what-${i}`}
            label={t("conversations.agree.what")}
            value={value("what", i, saved[i]?.what)}
            error={errors?.[`what-${i}`]}
          />
          <Field
            name={`due-${i}`}
            type="date"
            label={t("conversations.agree.due")}
            hint={t("conversations.agree.dueHint")}
            value={value("due", i, saved[i]?.dueOn)}
            error={errors?.[`due-${i}`]}
          />
        </fieldset>
      ))}
      <Field
        name="followUpOn"
        type="date"
        label={t("conversations.agree.followUp")}
        hint={t("conversations.agree.followUpHint")}
        value={values ? values.followUpOn : (data.outcome?.followUpOn ?? "")}
        error={errors?.followUpOn}
      />
      <button type="submit">{t("conversations.agree.save")}</button>
    </Form>
  );
}

const ROW_FIELDS = ["party", "what", "due"] as const;

/**
 * Every row asks the same questions, so the error summary names each with its row ("Afspraak 2:
 * wie doet het? Kies wie dit doet."). Rendered before the row's fields, it tells the summary
 * these labels first; the fields keep their short labels inside the row's legend.
 */
function RowLabels({ t, n }: { t: Translate; n: number }) {
  for (const name of ROW_FIELDS) {
    const label = t(`conversations.agree.${name}`);
    const field = label.charAt(0).toLowerCase() + label.slice(1);
    labelField(
      `${name}-${n - 1}`,
      t("conversations.agree.rowField", { row: t("conversations.agree.row", { n }), field }),
    );
  }
  return null;
}
