/**
 * The parents' version: what the school is working on with them and when they can take part,
 * in plain words (B1), without the team's notes or anything that names a person.
 */
import { formatDate } from "../../../lib/time/format.js";
import { SignupBox } from "../../events/index.js";
import type { ParentSession, ParentView } from "../service/parent-view.js";
import type { PageBase } from "./props.js";
import { Section } from "../../../web/components/section.js";
import { sessionWords } from "../domain/template.js";

/** A refused sign-up: which session, and why. */
export interface SignupProblem {
  sessionId: string;
  error: string;
}

interface Props extends PageBase {
  /** Whether the viewer signs up (a parent here), not only looks. */
  signs: boolean;
  problem?: SignupProblem | undefined;
}

function SessionItem(props: Props & { session: ParentSession }) {
  const { t, locale, session } = props;
  const action = `/trajectory/for-parents/sessions/${session.id}/signup`;
  const error = props.problem?.sessionId === session.id ? props.problem.error : undefined;
  const { topic, goals } = sessionWords(t, session);
  return (
    <li id={`session-${session.id}`}>
      <strong>{topic}</strong>
      <br />
      {session.heldOn ? formatDate(locale, session.heldOn) : t("trajectory.parents.dateFollows")}
      {session.line === "joint" ? ` · ${t("trajectory.parents.together")}` : ""}
      {goals ? <p class="hint">{goals}</p> : null}
      {session.event && props.signs ? (
        <SignupBox t={t} locale={locale} csrf={props.csrf} event={session.event} action={action} error={error} />
      ) : null}
    </li>
  );
}

export function ParentPage(props: Props & { view: ParentView | null }) {
  const { t, view } = props;
  if (!view)
    return (
      <>
        <h1>{t("trajectory.parents.title")}</h1>
        <p>{t("trajectory.parents.none")}</p>
      </>
    );
  return (
    <>
      <h1>{t("trajectory.parents.title")}</h1>
      <p class="lead">{t("trajectory.parents.intro")}</p>
      <Section id="now-title" title={t("trajectory.parents.now")}>
        <p>{t(`trajectory.parents.phase.${view.phase}`)}</p>
      </Section>
      <Section id="coming-title" title={t("trajectory.parents.coming")}>
        {view.coming.length ? (
          <ul>
            {view.coming.map((session) => (
              <SessionItem {...props} session={session} />
            ))}
          </ul>
        ) : (
          <p>{t("trajectory.parents.noneComing")}</p>
        )}
      </Section>
      {view.held.length ? (
        <Section id="held-title" title={t("trajectory.parents.held")}>
          <ul>
            {view.held.map((session) => (
              <SessionItem {...props} session={session} />
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
