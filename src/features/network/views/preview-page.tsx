/** "How others see me": the parent's card as a parent of their group, another parent and staff see it. */
import type { Preview } from "../service/directory.js";
import { ParentCardView } from "./parent-card.js";
import type { PageBase } from "./props.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Section } from "../../../web/components/section.js";

export function PreviewPage({ t, locale, preview }: PageBase & { preview: Preview | null }) {
  const audiences = preview
    ? ([
        ["sameGroup", preview.sameGroup],
        ["otherParent", preview.otherParent],
        ["staff", preview.staff],
      ] as const)
    : [];
  return (
    <>
      <BackLink href="/network/profile" label={t("network.preview.back")} />
      <h1>{t("network.preview.title")}</h1>
      {preview ? null : <p>{t("network.preview.notParent")}</p>}
      {audiences.map(([audience, card]) => (
        <Section id={`audience-${audience}`} title={t(`network.preview.${audience}`)}>
          {card ? (
            <ParentCardView t={t} locale={locale} card={card} />
          ) : (
            <p class="notice">{t("network.preview.notSeen")}</p>
          )}
        </Section>
      ))}
    </>
  );
}
