/** One idea: the idea, its reactions with the form to react, and moderation for staff. */
import { ReportForm } from "../../../moderation/index.js";
import { ErrorSummary, Form, formFields, TextArea } from "../../../web/components/forms.js";
import { formatDay } from "../../../lib/time/format.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { MAX_TEXT } from "../schemas.js";
import type { IdeaDetail } from "../service/reads.js";
import { IdeaCardView, ideaPath } from "./idea-card.js";
import { ModerationForms, type ModerationState } from "./moderation.js";
import type { BoardBase } from "./props.js";
import { signedBy, SignAsChoice } from "./signature.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Section } from "../../../web/components/section.js";

export interface IdeaPageState {
  reaction: { values: FormValues; errors: FormErrors };
  moderation: ModerationState;
  report: { values: FormValues; errors: FormErrors };
}

type Props = BoardBase & { detail: IdeaDetail; state: IdeaPageState };

function Reactions({ t, locale, detail }: Props) {
  if (!detail.reactions.length) return <p>{t("ideas.reactions.none")}</p>;
  return (
    <ul class="cards">
      {detail.reactions.map((reaction) => (
        <li class="card">
          <p class="idea-body">{reaction.body}</p>
          <p class="muted">
            {signedBy(t, reaction.signature)} {t("ideas.card.on", { date: formatDay(locale, reaction.createdAt) })}
          </p>
        </li>
      ))}
    </ul>
  );
}

function ReactionForm(props: Props) {
  const { t, csrf, detail, state } = props;
  const { idea } = detail;
  if (idea.hiddenReason !== null || idea.mergedInto !== null) return null;
  const { values, errors } = state.reaction;
  const field = formFields(values, errors);
  return (
    <Form action={`${ideaPath(idea.id)}/reactions`} csrf={csrf}>
      <ErrorSummary t={t} errors={errors} />
      <TextArea {...field("body")} label={t("ideas.reaction.field")} maxlength={MAX_TEXT} />
      <SignAsChoice
        t={t}
        idPrefix=""
        viewerName={props.viewerName}
        groups={detail.signingGroups}
        value={values.signAs}
        error={errors.signAs}
      />
      <button type="submit">{t("ideas.reaction.submit")}</button>
    </Form>
  );
}

/** Someone else's idea that is shown can be reported; a refused report shows its form with the reason. */
function mayReport({ detail: { idea }, state }: Props): boolean {
  if (Object.keys(state.report.errors).length > 0) return true;
  return !idea.mine && idea.hiddenReason === null && idea.mergedInto === null;
}

export function IdeaPage(props: Props) {
  const { t, detail, state } = props;
  return (
    <>
      <BackLink href="/ideas" label={t("ideas.back")} />
      <h1>{t("ideas.detail.title")}</h1>
      <IdeaCardView {...props} idea={detail.idea} back="idea" />
      <Section id="reactions" title={t("ideas.reactions.title")}>
        <Reactions {...props} />
        <ReactionForm {...props} />
      </Section>
      {mayReport(props) ? (
        <ReportForm t={t} csrf={props.csrf} action={`${ideaPath(detail.idea.id)}/report`} {...state.report} />
      ) : null}
      {props.moderates ? <ModerationForms {...props} moderation={state.moderation} /> : null}
    </>
  );
}
