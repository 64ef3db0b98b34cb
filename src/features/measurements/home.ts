/** What measurements put on the home page: a questionnaire the person was asked to answer (now). */
import { formatDate } from "../../lib/time/format.js";
import { lastDay } from "../../lib/time/school-date.js";
import type { HomeContributor } from "../../web/home.js";
import { questionnairesWaitingFor } from "./service/waiting-for-me.js";

/** Anyone may have been invited: the team by account, parents by guardian record. */
export const measurementsHome: HomeContributor = async ({ db, orgId, viewer, now, secretKey, t, locale }) => {
  const waiting = await questionnairesWaitingFor({ db, orgId, userId: viewer.userId, now, secretKey });
  return waiting.map((q) => ({
    section: "now" as const,
    text: t("measure.home.answer", { title: q.title, until: formatDate(locale, lastDay(q.closesAt)) }),
    href: `/m/${q.token}`,
    at: q.closesAt,
  }));
};
