/**
 * Two versions of the plan compared as a reader would: each version written out as lines (the
 * vision's paragraphs, one line per goal, one per action with everything about it), and the lines
 * diffed with the `diff` library, so a changed action shows as its old line removed and its new
 * line added.
 */
import { diffArrays } from "diff";
import { formatDate } from "../../../lib/time/format.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { domainIds, domainName } from "../../measurements/index.js";
import { baselineText } from "./format.js";
import { ordered, type PlanSnapshot } from "./snapshot.js";

export interface DiffLine {
  kind: "same" | "added" | "removed";
  text: string;
}

/** The plan as lines of text in the reader's language. */
export function planLines(plan: PlanSnapshot, t: Translate, locale: Locale): string[] {
  const vision = plan.vision
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `${t("plan.vision.title")}: ${line}`);
  const goals = ordered(plan.goals, domainIds).map((goal) => {
    const from = goal.baseline ? ` (${baselineText(t, locale, goal.baseline)})` : "";
    return `${t("plan.goal.line", { domain: domainName(goal.domain, locale) })}: ${goal.title}${from}`;
  });
  const actions = ordered(plan.actions, domainIds).map((action) =>
    [
      `${t("plan.action.line", { domain: domainName(action.domain, locale) })}: ${action.title}`,
      action.details,
      `${t("plan.field.owner")}: ${t(`plan.owner.${action.owner}`)}`,
      action.responsible ? `${t("plan.field.responsible")}: ${action.responsible}` : "",
      action.dueOn ? `${t("plan.field.dueOn")}: ${formatDate(locale, action.dueOn)}` : "",
      `${t("plan.field.status")}: ${t(`plan.status.${action.status}`)}`,
      action.ideaIds.length ? t("plan.action.ideas", { n: action.ideaIds.length }) : "",
    ]
      .filter(Boolean)
      .join(" · "),
  );
  return [...vision, ...goals, ...actions];
}

/** The lines of `from` and `to`, each marked as kept, added or removed. */
export function compareLines(from: readonly string[], to: readonly string[]): DiffLine[] {
  return diffArrays([...from], [...to]).flatMap((change) =>
    change.value.map((text): DiffLine => ({
      kind: change.added ? "added" : change.removed ? "removed" : "same",
      text,
    })),
  );
}
