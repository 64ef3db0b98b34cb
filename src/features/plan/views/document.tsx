/**
 * The plan as a reader sees one version: the vision, the goals per domain with the figures they
 * started from, the actions per domain with who does what by when. Parents, the printed page and
 * staff read this; `after` adds something under a goal or action (a parent's response form).
 */
import type { Child } from "hono/jsx";
import { formatDate } from "../../../lib/time/format.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { domainIds, domainName, type DomainId } from "../../measurements/index.js";
import { baselineText } from "../domain/format.js";
import { isOverdue } from "../domain/progress.js";
import { ordered, type ActionSnapshot, type GoalSnapshot, type PlanSnapshot } from "../domain/snapshot.js";
import { Detail } from "../../../web/components/detail.js";

export interface DocumentProps {
  t: Translate;
  locale: Locale;
  plan: PlanSnapshot;
  today: string;
  /** Idea texts by id, for the ideas an action took up (only those shown on the board). */
  ideas: ReadonlyMap<string, { body: string }>;
  /** Heading level of the sections: 2 on a page of its own. */
  level?: 2 | 3;
  afterGoal?: (goal: GoalSnapshot) => Child;
  afterAction?: (action: ActionSnapshot) => Child;
}

export function ActionFacts({
  t,
  locale,
  action,
  today,
}: Pick<DocumentProps, "t" | "locale" | "today"> & { action: ActionSnapshot }) {
  return (
    <dl class="plan-facts">
      <Detail term={t("plan.field.owner")}>{t(`plan.owner.${action.owner}`)}</Detail>
      {action.responsible ? <Detail term={t("plan.field.responsible")}>{action.responsible}</Detail> : null}
      {action.dueOn ? (
        <Detail term={t("plan.field.dueOn")}>
          {formatDate(locale, action.dueOn)}
          {isOverdue(action, today) ? <strong> {t("plan.action.overdue")}</strong> : null}
        </Detail>
      ) : null}
      <Detail term={t("plan.field.status")}>{t(`plan.status.${action.status}`)}</Detail>
    </dl>
  );
}

function TakenUpIdeas({ t, action, ideas }: Pick<DocumentProps, "t" | "ideas"> & { action: ActionSnapshot }) {
  const shown = action.ideaIds.flatMap((id) => {
    const idea = ideas.get(id);
    return idea ? [{ id, body: idea.body }] : [];
  });
  if (!shown.length) return null;
  return (
    <div>
      <p>{t("plan.action.ideasTitle")}</p>
      <ul>
        {shown.map((idea) => (
          <li>
            <a href={`/ideas/${idea.id}`}>{idea.body}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function DomainBlock(props: DocumentProps & { domain: DomainId; goals: GoalSnapshot[]; actions: ActionSnapshot[] }) {
  const { t, locale, domain, goals, actions } = props;
  const Heading = props.level === 3 ? "h4" : "h3";
  return (
    <section class="plan-domain" aria-labelledby={`domain-${domain}`}>
      <Heading id={`domain-${domain}`}>{domainName(domain, locale)}</Heading>
      {goals.length ? (
        <ul class="plan-goals">
          {goals.map((goal) => (
            <li id={`goal-${goal.id}`}>
              <strong>{t("plan.goal.label")}</strong> {goal.title}
              {goal.baseline ? <span class="muted"> ({baselineText(t, locale, goal.baseline)})</span> : null}
              {props.afterGoal?.(goal)}
            </li>
          ))}
        </ul>
      ) : null}
      {actions.map((action) => (
        <article class="card" id={`action-${action.id}`}>
          <p>
            <strong>{action.title}</strong>
          </p>
          {action.details ? <p>{action.details}</p> : null}
          <ActionFacts {...props} action={action} />
          <TakenUpIdeas {...props} action={action} />
          {props.afterAction?.(action)}
        </article>
      ))}
    </section>
  );
}

export function PlanDocument(props: DocumentProps) {
  const { t, plan } = props;
  const Heading = props.level === 3 ? "h3" : "h2";
  const goals = ordered(plan.goals, domainIds);
  const actions = ordered(plan.actions, domainIds);
  const domains = domainIds.filter((d) => goals.some((g) => g.domain === d) || actions.some((a) => a.domain === d));
  return (
    <div class="plan-document">
      <section aria-labelledby="vision-title">
        <Heading id="vision-title">{t("plan.vision.title")}</Heading>
        {plan.vision ? (
          plan.vision
            .split(/\r?\n/)
            .filter((line) => line.trim())
            .map((line) => <p>{line}</p>)
        ) : (
          <p class="muted">{t("plan.vision.empty")}</p>
        )}
      </section>
      <section aria-labelledby="goals-title">
        <Heading id="goals-title">{t("plan.byDomain.title")}</Heading>
        {domains.length ? (
          domains.map((domain) => (
            <DomainBlock
              {...props}
              domain={domain}
              goals={goals.filter((g) => g.domain === domain)}
              actions={actions.filter((a) => a.domain === domain)}
            />
          ))
        ) : (
          <p class="muted">{t("plan.byDomain.empty")}</p>
        )}
      </section>
    </div>
  );
}
