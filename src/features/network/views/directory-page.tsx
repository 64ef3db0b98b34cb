/** The parents' directory: the parents this viewer may see, each with what they chose to show. */
import type { ParentCard } from "../service/directory.js";
import { ParentCardView } from "./parent-card.js";
import type { PageBase } from "./props.js";
import { BackLink } from "../../../web/components/back-link.js";

export function DirectoryPage({ t, locale, cards, asStaff }: PageBase & { cards: ParentCard[]; asStaff: boolean }) {
  return (
    <>
      <BackLink href="/network" label={t("network.back")} />
      <h1>{t("network.directory.title")}</h1>
      <p>{t(asStaff ? "network.directory.introStaff" : "network.directory.intro")}</p>
      {cards.length ? (
        <ul class="cards">
          {cards.map((card) => (
            <li>
              <ParentCardView t={t} locale={locale} card={card} heading="h2" />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("network.directory.none")}</p>
      )}
    </>
  );
}
