/** Why the last step was refused, at the top of a conversations page; focusable so it can be read out first. */
import type { Translate } from "../../../web/i18n/index.js";

export function Refusal({ t, message }: { t: Translate; message: string | undefined }) {
  if (!message) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <h2>{t("conversations.book.refused")}</h2>
      <p>{message}</p>
    </div>
  );
}
