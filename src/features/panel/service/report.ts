/**
 * The published reports: per survey the figures of its stored cells (closing kept only what
 * the threshold and the disclosure rule allow), and the reports of a year side by side.
 */
import { and, asc, desc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { panelInvitations, panelResponses, panelSurveys } from "../../../db/schema/index.js";
import { sql } from "drizzle-orm";
import { figureOf, type QuestionFigure } from "../domain/figures.js";
import type { PanelSurvey } from "./surveys.js";

export interface Report {
  survey: PanelSurvey;
  invited: number;
  respondents: number;
  /** Whether the figures could be shown at all (at least the threshold responded). */
  shown: boolean;
  /** "all" first, then the school types shown. */
  cells: { id: string; respondents: number }[];
  /** Per question id, per cell id. */
  figures: Record<string, Record<string, QuestionFigure>>;
}

export async function reportOf(db: Db, survey: PanelSurvey): Promise<Report> {
  const rows = await db
    .select({ schoolType: panelResponses.schoolType, answers: panelResponses.answers })
    .from(panelResponses)
    .where(and(eq(panelResponses.surveyId, survey.id), isNotNull(panelResponses.answers)));
  const [counts] = await db
    .select({ invited: sql<number>`count(*)::int` })
    .from(panelInvitations)
    .where(eq(panelInvitations.surveyId, survey.id));
  const stored = survey.cells ?? {};
  const respondents = stored["all"] ?? 0;
  const shown = rows.length > 0 && respondents >= survey.threshold;
  const cells = shown
    ? [
        { id: "all", respondents },
        ...Object.entries(stored)
          .filter(([id]) => id !== "all")
          .map(([id, n]) => ({ id, respondents: n }))
          .sort((a, b) => a.id.localeCompare(b.id)),
      ]
    : [];
  const figures: Report["figures"] = {};
  for (const question of survey.questions) {
    figures[question.id] = Object.fromEntries(
      cells.map((cell) => [
        cell.id,
        figureOf(rows.filter((r) => cell.id === "all" || r.schoolType === cell.id).map((r) => r.answers![question.id])),
      ]),
    );
  }
  return { survey, invited: counts?.invited ?? 0, respondents, shown, cells, figures };
}

export async function publishedReport(db: Db, surveyId: string): Promise<Report | null> {
  const [survey] = await db
    .select()
    .from(panelSurveys)
    .where(and(eq(panelSurveys.id, surveyId), eq(panelSurveys.status, "published")));
  return survey ? reportOf(db, survey) : null;
}

/** The years with published reports, newest first, and the reports of one year side by side. */
export async function reportYears(db: Db): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: panelSurveys.year })
    .from(panelSurveys)
    .where(eq(panelSurveys.status, "published"))
    .orderBy(desc(panelSurveys.year));
  return rows.map((r) => r.year!).filter((y) => y !== null);
}

export async function reportsOfYear(db: Db, year: number): Promise<Report[]> {
  const surveys = await db
    .select()
    .from(panelSurveys)
    .where(and(eq(panelSurveys.status, "published"), eq(panelSurveys.year, year)))
    .orderBy(asc(panelSurveys.publishedAt), asc(panelSurveys.id));
  return Promise.all(surveys.map((survey) => reportOf(db, survey)));
}
