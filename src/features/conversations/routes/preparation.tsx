/**
 * The guide around a three-way conversation: each voice's preparation form, the teacher's
 * page for during the conversation, the teacher's list of conversations in a round, and the
 * guide as a PDF. The services decide who is who for a booking and answer 404 to anyone else.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { NotFoundError } from "../../../web/errors.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { requireViewer, viewerOf } from "../../../web/guards.js";
import { isLocale, translator, wordingOf, type Wording } from "../../../web/i18n/index.js";
import { renderPage } from "../../../web/layout.js";
import { parseForm, type FormErrors, type FormValues } from "../../../web/validation.js";
import { VOICES, type Voice } from "../domain/guide.js";
import { answersForm, teacherAnswersForm } from "../preparation-schemas.js";
import { agreementsPage } from "../service/agreements.js";
import { guidePdf } from "../service/guide-pdf.js";
import { myConversations } from "../service/my-conversations.js";
import { preparationPage, saveAnswers, voicesFor } from "../service/preparation.js";
import { MyConversationsPage } from "../views/my-conversations.js";
import { PreparationPage } from "../views/preparation.js";
import { TalkPage } from "../views/talk.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { staffOnly } from "./context.js";

/** The words of the organisation the viewer works in now, for the guide's questions (domain/guide.ts). */
const wordingHere = (c: Context<AppEnv>): Wording => wordingOf(viewerOf(c).current?.orgType);

function voiceParam(c: Context<AppEnv>): Voice {
  const voice = VOICES.find((v) => v === c.req.param("voice"));
  if (!voice) throw new NotFoundError("voice");
  return voice;
}

async function formPage(
  c: Context<AppEnv>,
  voice: Voice,
  form: { values?: FormValues; errors?: FormErrors; problem?: string } = {},
  status: 200 | 422 = 200,
) {
  const data = await preparationPage({ ...scopeOf(c), bookingId: pathId(c, "bookingId"), now: new Date() });
  // Only a voice the viewer may fill in: the teacher's form is never shown to a parent.
  if (!voicesFor(data.conversation).includes(voice)) throw new NotFoundError("voice");
  const page = <PreparationPage {...pageProps(c)} wording={wordingHere(c)} data={data} voice={voice} {...form} />;
  return renderPage(
    c,
    {
      title: c.var.t(`conversations.prepare.heading.${voice}`, { name: data.conversation.pupilFirstName }),
      children: page,
    },
    status,
  );
}

export const preparationRoutes = new Hono<AppEnv>()
  .get("/guide.pdf", requireViewer, async (c) => {
    const lang = c.req.query("lang");
    const locale = isLocale(lang) ? lang : c.var.locale;
    const wording = wordingHere(c);
    const pdf = await guidePdf(translator(locale, wording), locale, { wording });
    return c.body(new Uint8Array(pdf), 200, {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="gesprekswijzer-${locale}.pdf"`,
    });
  })
  .get("/rounds/:roundId/conversations", staffOnly, async (c) => {
    const { round, conversations } = await myConversations({ ...scopeOf(c), roundId: pathId(c, "roundId") });
    const page = <MyConversationsPage t={c.var.t} locale={c.var.locale} round={round} conversations={conversations} />;
    return renderPage(c, { title: c.var.t("conversations.mine.title"), children: page });
  })
  .get("/bookings/:bookingId/conversation", requireViewer, async (c) => {
    const scope = { ...scopeOf(c), bookingId: pathId(c, "bookingId") };
    const data = await preparationPage({ ...scope, now: new Date() });
    if (!data.conversation.asTeacher) throw new NotFoundError("conversation");
    const { outcome } = await agreementsPage(scope);
    const page = <TalkPage t={c.var.t} locale={c.var.locale} wording={wordingHere(c)} data={data} outcome={outcome} />;
    return renderPage(c, {
      title: c.var.t("conversations.talk.title", { name: data.conversation.pupilName }),
      children: page,
    });
  })
  .get("/bookings/:bookingId/prepare/:voice", requireViewer, (c) => formPage(c, voiceParam(c)))
  .post("/bookings/:bookingId/prepare/:voice", requireViewer, async (c) => {
    const voice = voiceParam(c);
    const form = await parseForm(c, voice === "teacher" ? teacherAnswersForm : answersForm);
    if (!form.ok) return formPage(c, voice, form, 422);
    const { note, ...answers } = form.data as Record<string, string>;
    const outcome = await saveAnswers({
      ...scopeOf(c),
      bookingId: pathId(c, "bookingId"),
      voice,
      answers,
      note,
      now: new Date(),
    });
    if (!outcome.ok) {
      const problem = c.var.t(outcome.key);
      return formPage(c, voice, { values: form.values, problem }, 422);
    }
    return redirectWithFlash(
      c,
      `/conversations/bookings/${pathId(c, "bookingId")}/prepare/${voice}`,
      "conversations.prepare.saved",
    );
  });
