/**
 * One idea as the board and its own page show it: what it says, who signed it, its topic, what
 * the school did with it, its support, and the button to support it or withdraw.
 */
import { CsrfField } from "../../../web/components/forms.js";
import { formatDay } from "../../../lib/time/format.js";
import { domainName } from "../../measurements/index.js";
import type { IdeaCard } from "../service/reads.js";
import type { BoardBase } from "./props.js";
import { signedBy } from "./signature.js";

export const ideaPath = (id: string) => `/ideas/${id}`;

function SupportButton({ t, csrf, idea, back }: BoardBase & { idea: IdeaCard; back: "board" | "idea" }) {
  if (idea.hiddenReason !== null || idea.mergedInto !== null) return null;
  const action = `${ideaPath(idea.id)}/${idea.supportedByMe ? "withdraw" : "support"}`;
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField token={csrf} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" class={idea.supportedByMe ? "secondary" : undefined}>
        {t(idea.supportedByMe ? "ideas.withdraw" : "ideas.support")}
      </button>
    </form>
  );
}

/** What the school did with it: always shown once it is no longer new, with the note. */
function StatusLine({ t, idea }: BoardBase & { idea: IdeaCard }) {
  if (idea.status === "new" && !idea.statusNote) return null;
  return (
    <p>
      <strong>{t("ideas.card.status", { status: t(`ideas.status.${idea.status}`) })}</strong>
      {idea.statusNote ? ` ${idea.statusNote}` : null}
    </p>
  );
}

/** The plan's actions that took the idea up, so its author sees where their input went. */
function Uptake({ t, idea }: BoardBase & { idea: IdeaCard }) {
  if (!idea.uptake.length) return null;
  return (
    <ul class="idea-uptake">
      {idea.uptake.map((u) => (
        <li>{t("ideas.card.uptake", { action: u.action, status: t(u.statusKey) })}</li>
      ))}
    </ul>
  );
}

function Moderated({ t, idea }: BoardBase & { idea: IdeaCard }) {
  return (
    <>
      {idea.hiddenReason !== null ? (
        <p class="notice">{t("ideas.hidden.notice", { reason: idea.hiddenReason })}</p>
      ) : null}
      {idea.mergedInto !== null ? (
        <p class="notice">
          {t("ideas.merged.notice")} <a href={ideaPath(idea.mergedInto)}>{t("ideas.merged.link")}</a>
        </p>
      ) : null}
    </>
  );
}

export function IdeaCardView(props: BoardBase & { idea: IdeaCard; back: "board" | "idea" }) {
  const { t, locale, idea } = props;
  return (
    <article class="card" id={`idea-${idea.id}`}>
      <Moderated {...props} />
      <p class="idea-body">{idea.body}</p>
      <p class="muted">
        {signedBy(t, idea.signature)} {t("ideas.card.on", { date: formatDay(locale, idea.createdAt) })}
        {idea.editedAt ? ` ${t("ideas.card.edited")}` : null}
        {" · "}
        {t("ideas.card.domain", { domain: domainName(idea.domain, locale) })}
      </p>
      <StatusLine {...props} />
      <Uptake {...props} />
      <p>
        {t("ideas.card.supports", { n: idea.supports })}
        {idea.supportedByMe ? ` · ${t("ideas.card.youSupport")}` : null}
      </p>
      <div class="actions">
        <SupportButton {...props} />
        {props.back === "board" ? (
          <a href={ideaPath(idea.id)}>{t("ideas.card.reactions", { n: idea.reactions })}</a>
        ) : null}
        {idea.mine ? <a href={`${ideaPath(idea.id)}/edit`}>{t("ideas.edit.link")}</a> : null}
      </div>
    </article>
  );
}
