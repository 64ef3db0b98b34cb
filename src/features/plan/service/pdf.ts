/**
 * The plan as a PDF to hand out at the parent evening (src/lib/pdf): title with the organisation,
 * whether it is published or a draft, the vision, then per domain the goals and the actions with
 * owner, responsible, due date and status.
 */
import { createDocument, footer } from "../../../lib/pdf/document.js";
import { BOLD, FONT, MUTED, heading, paragraph, type Doc } from "../../../lib/pdf/layout.js";
import { formatDate, formatMoment } from "../../../lib/time/format.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { domainIds, domainName } from "../../measurements/index.js";
import { baselineText } from "../domain/format.js";
import { ordered, type ActionSnapshot, type PlanSnapshot } from "../domain/snapshot.js";

export interface PlanPdfInput {
  t: Translate;
  locale: Locale;
  orgName: string;
  plan: PlanSnapshot;
  publishedAt: Date | null;
  compress?: boolean;
}

function action(doc: Doc, t: Translate, locale: Locale, a: ActionSnapshot) {
  heading(doc, a.title, 11);
  if (a.details) paragraph(doc, a.details);
  const facts = [
    `${t("plan.field.owner")}: ${t(`plan.owner.${a.owner}`)}`,
    a.responsible ? `${t("plan.field.responsible")}: ${a.responsible}` : "",
    a.dueOn ? `${t("plan.field.dueOn")}: ${formatDate(locale, a.dueOn)}` : "",
    `${t("plan.field.status")}: ${t(`plan.status.${a.status}`)}`,
  ].filter(Boolean);
  paragraph(doc, facts.join(" · "), MUTED);
}

export async function planPdf(input: PlanPdfInput): Promise<Buffer> {
  const { t, locale, plan } = input;
  const title = t("plan.print.title", { org: input.orgName });
  const { doc, done } = await createDocument({ locale, title, compress: input.compress, bufferPages: true });
  doc.font(BOLD).fontSize(18).text(title);
  doc.moveDown(0.3).font(FONT).fontSize(10).fillColor(MUTED);
  doc.text(
    input.publishedAt
      ? t("plan.print.published", { date: formatMoment(locale, input.publishedAt) })
      : t("plan.print.draft"),
  );
  heading(doc, t("plan.vision.title"), 14);
  paragraph(doc, plan.vision || t("plan.vision.empty"));
  const goals = ordered(plan.goals, domainIds);
  const actions = ordered(plan.actions, domainIds);
  for (const domain of domainIds) {
    const mine = {
      goals: goals.filter((g) => g.domain === domain),
      actions: actions.filter((a) => a.domain === domain),
    };
    if (!mine.goals.length && !mine.actions.length) continue;
    heading(doc, domainName(domain, locale), 14);
    for (const goal of mine.goals)
      paragraph(
        doc,
        `${t("plan.goal.label")} ${goal.title}${goal.baseline ? ` (${baselineText(t, locale, goal.baseline)})` : ""}`,
      );
    for (const a of mine.actions) action(doc, t, locale, a);
  }
  footer(doc, (page) => t("plan.pdf.footer", { title, page }));
  doc.end();
  return done;
}
