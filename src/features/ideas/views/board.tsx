/** The idea board: a filter by topic, the form to share an idea, and the ideas in their sections. */
import { NoTrajectory } from "../../trajectory/index.js";
import { ModerationQueue, type QueueRow } from "../../../moderation/index.js";
import { ErrorSummary, Form } from "../../../web/components/forms.js";
import { domainIds, domainName, type DomainId } from "../../measurements/index.js";
import { boardSections } from "../domain/board.js";
import type { Board, IdeaCard } from "../service/reads.js";
import { IdeaCardView } from "./idea-card.js";
import { IdeaFields, type IdeaFormState } from "./idea-fields.js";
import type { BoardBase } from "./props.js";
import { Problem } from "../../../web/components/problem.js";
import { Section } from "../../../web/components/section.js";

type Props = BoardBase & {
  board: Board;
  /** For moderators: the reported ideas waiting for them. */
  queue: QueueRow[];
  domain: DomainId | null;
  form: IdeaFormState;
  /** A refused support or reaction, in the viewer's language. */
  problem?: string | undefined;
};

function DomainFilter({ t, locale, domain }: Props) {
  return (
    <form method="get" action="/ideas" class="inline-form">
      <div class="field">
        <label for="filter-domain">{t("ideas.filter.label")}</label>
        <select id="filter-domain" name="domain">
          <option value="">{t("ideas.filter.all")}</option>
          {domainIds.map((id) => (
            <option value={id} selected={id === domain}>
              {domainName(id, locale)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="secondary">
        {t("ideas.filter.submit")}
      </button>
    </form>
  );
}

/** A section of the board (taken up, open, not now); nothing when it has no ideas. */
function IdeaSection(props: Props & { id: string; title: string; ideas: IdeaCard[] }) {
  if (!props.ideas.length) return null;
  return (
    <Section id={props.id} title={props.title}>
      <ul class="cards">
        {props.ideas.map((idea) => (
          <li>
            <IdeaCardView {...props} idea={idea} back="board" />
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function BoardPage(props: Props) {
  const { t, csrf, board, form } = props;
  const sections = boardSections(board.ideas);
  return (
    <>
      <h1>{t("ideas.title")}</h1>
      <p class="lead">{t("ideas.intro")}</p>
      <Problem message={props.problem} />
      <Section id="new-idea" title={t("ideas.new.title")}>
        <ErrorSummary t={t} errors={form.errors} />
        <Form action="/ideas" csrf={csrf}>
          <IdeaFields {...props} groups={board.signingGroups} />
          <button type="submit">{t("ideas.new.submit")}</button>
        </Form>
      </Section>
      {props.moderates ? <ModerationQueue t={t} locale={props.locale} csrf={csrf} rows={props.queue} /> : null}
      <DomainFilter {...props} />
      {board.ideas.length ? null : <p>{t("ideas.empty")}</p>}
      <IdeaSection {...props} id="ideas-taken-up" title={t("ideas.section.takenUp")} ideas={sections.takenUp} />
      <IdeaSection {...props} id="ideas-open" title={t("ideas.section.open")} ideas={sections.open} />
      <IdeaSection {...props} id="ideas-not-now" title={t("ideas.section.notNow")} ideas={sections.notNow} />
    </>
  );
}

export function NoBoardPage({ t, mayStart }: { t: BoardBase["t"]; mayStart: boolean }) {
  return (
    <>
      <h1>{t("ideas.title")}</h1>
      <NoTrajectory t={t} because={t("ideas.noBoard")} mayStart={mayStart} />
    </>
  );
}
