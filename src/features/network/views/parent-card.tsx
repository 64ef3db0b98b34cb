/** One parent as someone sees them: only the fields they may see; "a parent" without a name. */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { languageName } from "../domain/languages.js";
import type { ParentCard } from "../service/directory.js";

export function ParentCardView({
  t,
  locale,
  card,
  heading = "h3",
}: {
  t: Translate;
  locale: Locale;
  card: ParentCard;
  heading?: "h2" | "h3";
}) {
  const Heading = heading;
  const offer = card.offer;
  return (
    <article class="card">
      <Heading>{card.name ?? t("network.card.aParent")}</Heading>
      <dl>
        {card.groups ? (
          <>
            <dt>{t("network.field.groups")}</dt>
            <dd>{card.groups.length ? card.groups.join(", ") : t("network.card.none")}</dd>
          </>
        ) : null}
        {card.languages ? (
          <>
            <dt>{t("network.field.languages")}</dt>
            <dd>
              {card.languages.length
                ? card.languages.map((code) => languageName(locale, code)).join(", ")
                : t("network.card.none")}
            </dd>
          </>
        ) : null}
        {offer ? (
          <>
            {offer.skills ? (
              <>
                <dt>{t("network.field.skills")}</dt>
                <dd class="written-text">{offer.skills}</dd>
              </>
            ) : null}
            {offer.trade ? (
              <>
                <dt>{t("network.field.trade")}</dt>
                <dd>{offer.trade}</dd>
              </>
            ) : null}
            {offer.timeAvailable ? (
              <>
                <dt>{t("network.field.timeAvailable")}</dt>
                <dd>{offer.timeAvailable}</dd>
              </>
            ) : null}
            {offer.about ? (
              <>
                <dt>{t("network.field.about")}</dt>
                <dd class="written-text">{offer.about}</dd>
              </>
            ) : null}
            {offer.tags.length ? (
              <>
                <dt>{t("network.field.tags")}</dt>
                <dd>{offer.tags.join(", ")}</dd>
              </>
            ) : null}
          </>
        ) : null}
      </dl>
    </article>
  );
}
