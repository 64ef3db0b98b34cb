/** Form pieces of the request pages: a length choice. */
import { Select } from "../../../web/components/forms.js";
import type { Translate } from "../../../web/i18n/index.js";
import { meetingLengths } from "../request-schemas.js";

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
