/**
 * Names the classes with more responses than people (service/overfull.ts): someone used the open
 * link more than once, or parents answered both ways, so their figures cannot be trusted. Shown
 * with the response rates and on the results.
 */
import type { Translate } from "../../../web/i18n/index.js";
import type { AudienceRate } from "../service/queries.js";
import { isOverfull } from "../service/overfull.js";
import { audienceLabel } from "./labels.js";

export function OverfullNotice({ t, audiences }: { t: Translate; audiences: readonly AudienceRate[] }) {
  const overfull = audiences.filter(isOverfull);
  if (!overfull.length) return null;
  const named = overfull.map((a) =>
    t("measure.overfull.audience", {
      audience: audienceLabel(t, a),
      responses: t("measure.results.respondents", { n: a.responded }),
      // The team has no count of people (no open link), so it is never overfull.
      people: a.group === "team" ? "" : t(`measure.overfull.people.${a.group}`, { n: a.people ?? 0 }),
    }),
  );
  return (
    <p class="notice" role="status">
      {t("measure.overfull.notice", { audiences: named.join("; ") })}
    </p>
  );
}
