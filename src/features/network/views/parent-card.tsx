/** One parent as someone sees them: only the fields they may see; "a parent" without a name. */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { languageName } from "../domain/languages.js";
import type { ParentCard } from "../service/directory.js";
import { Detail } from "../../../web/components/detail.js";

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
          <Detail term={t("network.field.groups")}>
            {card.groups.length ? card.groups.join(", ") : t("network.card.none")}
          </Detail>
        ) : null}
        {card.languages ? (
          <Detail term={t("network.field.languages")}>
            {card.languages.length
              ? card.languages.map((code) => languageName(locale, code)).join(", ")
              : t("network.card.none")}
          </Detail>
        ) : null}
        {offer ? (
          <>
            {offer.skills ? (
              <Detail term={t("network.field.skills")} class="written-text">
                {offer.skills}
              </Detail>
            ) : null}
            {offer.trade ? <Detail term={t("network.field.trade")}>{offer.trade}</Detail> : null}
            {offer.timeAvailable ? (
              <Detail term={t("network.field.timeAvailable")}>{offer.timeAvailable}</Detail>
            ) : null}
            {offer.about ? (
              <Detail term={t("network.field.about")} class="written-text">
                {offer.about}
              </Detail>
            ) : null}
            {offer.tags.length ? <Detail term={t("network.field.tags")}>{offer.tags.join(", ")}</Detail> : null}
          </>
        ) : null}
      </dl>
    </article>
  );
}
