/**
 * What a page of the trajectory (plan, idea board, certification) says while there is none: why it
 * is empty, then a way to start one for those who may, and whom to ask for everyone else.
 */
import type { Translate } from "../../../web/i18n/index.js";

export function NoTrajectory({ t, because, mayStart }: { t: Translate; because: string; mayStart: boolean }) {
  return (
    <p>
      {because} {mayStart ? <a href="/trajectory">{t("trajectory.none.start")}</a> : t("trajectory.none.ask")}
    </p>
  );
}
