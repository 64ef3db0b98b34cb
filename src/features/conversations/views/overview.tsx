/** /conversations: the rounds a staff member works on, and the rounds of a parent's children. */
import type { Round } from "../service/find-round.js";
import { RoundState, type ViewProps } from "./common.js";
import { Section } from "../../../web/components/section.js";
import { LinkCard } from "../../../web/components/link-card.js";
import { ActionLink } from "../../../web/components/action-link.js";

interface OverviewProps extends ViewProps {
  now: Date;
  staffRounds: Round[] | null;
  parentRounds: Round[] | null;
  canCreate: boolean;
  /** Which of the pages beside the rounds the viewer may open. */
  links: { requests: boolean; history: boolean };
}

export function OverviewPage({ t, locale, now, staffRounds, parentRounds, canCreate, links }: OverviewProps) {
  return (
    <>
      <h1>{t("conversations.title")}</h1>
      {links.requests || links.history ? (
        <p class="actions">
          {links.requests ? (
            <a class="button secondary" href="/conversations/requests">
              {t("conversations.requests.title")}
            </a>
          ) : null}
          {links.history ? <a href="/conversations/history">{t("conversations.history.link")}</a> : null}
        </p>
      ) : null}
      {parentRounds ? (
        <Section id="parent-rounds" title={t("conversations.parent.title")}>
          <p>{t("conversations.intro")}</p>
          {parentRounds.length === 0 ? <p>{t("conversations.none")}</p> : null}
          <ul class="cards">
            {parentRounds.map((round) => (
              <LinkCard href={`/conversations/rounds/${round.id}/book`} title={round.name}>
                <p>{t(`conversations.kind.${round.kind}`)}</p>
                <RoundState t={t} locale={locale} round={round} now={now} />
              </LinkCard>
            ))}
          </ul>
        </Section>
      ) : null}
      {staffRounds ? (
        <Section id="staff-rounds" title={t("conversations.staff.title")}>
          {canCreate ? <ActionLink href="/conversations/rounds/new" label={t("conversations.staff.new")} /> : null}
          {staffRounds.length === 0 ? <p>{t("conversations.staff.none")}</p> : null}
          <ul class="cards">
            {staffRounds.map((round) => (
              <LinkCard href={`/conversations/rounds/${round.id}`} title={round.name}>
                <p>
                  {t(`conversations.kind.${round.kind}`)} · {t(`conversations.mode.${round.mode}`)}
                </p>
                <RoundState t={t} locale={locale} round={round} now={now} staff={canCreate ? "manager" : "teacher"} />
              </LinkCard>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
