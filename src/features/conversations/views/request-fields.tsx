/** Form pieces of the request pages: a page-level refusal, a length choice. */
import { Select } from "../../../web/components/forms.js";
import type { Translate } from "../../../web/i18n/index.js";
import { meetingLengths } from "../request-schemas.js";

/** Why the last step was refused, at the top of the page. */
export function Refusal({ t, message }: { t: Translate; message: string | undefined }) {
  if (!message) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <h2>{t("conversations.book.refused")}</h2>
      <p>{message}</p>
    </div>
  );
}

export function LengthSelect({ t, value }: { t: Translate; value?: string | undefined }) {
  return (
    <Select
      name="minutes"
      label={t("conversations.requests.minutes")}
      value={value ?? "15"}
      options={meetingLengths.map((m) => ({
        value: m,
        label: t("conversations.requests.minutesOption", { minutes: m }),
      }))}
    />
  );
}
