/**
 * /certification: readiness with its figures and the certificates, for staff and the platform
 * administrator; the advisor's decision (award, or "not yet" with reasons), revocation with a
 * reason, the choice for the public list, the certificate's PDF; /certification/criteria for the
 * platform administrator. Each route has its guard (policy.ts); a refused form changes nothing
 * and comes back with its message.
 */
import { mayLeadTrajectory } from "../../trajectory/index.js";
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { formErrorsOf, refusalStatus } from "../../../web/form-refusal.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { parseForm } from "../../../web/validation.js";
import { schoolToday } from "../../../lib/time/school-date.js";
import { certificatePdf } from "../pdf.js";
import {
  mayDecideCertification,
  mayFollowCertification,
  mayListCertificate,
  mayRevokeCertificate,
  maySetCriteria,
} from "../policy.js";
import { criteriaForm, listingForm, notYetForm, revokeForm } from "../schemas.js";
import { certificateForPrint, revokeCertificate, setListed } from "../service/certificates.js";
import { criteriaHistory, currentCriteria, setCriteria } from "../service/criteria.js";
import { awardCertificate, notYet } from "../service/decisions.js";
import { certificationOverview } from "../service/overview.js";
import { CriteriaPage, criteriaValues } from "../views/criteria.js";
import { OverviewPage, type OverviewForms } from "../views/overview.js";
import { emptyForm, type FormState } from "../views/props.js";

type Status = 200 | 403 | 409 | 422;

async function overviewPage(c: Context<AppEnv>, forms: Partial<OverviewForms> = {}, status: Status = 200) {
  const viewer = viewerOf(c);
  const data = await certificationOverview(scopeOf(c));
  const page = (
    <OverviewPage
      {...pageProps(c)}
      data={data}
      today={schoolToday()}
      rights={{
        revokes: mayRevokeCertificate(viewer),
        lists: mayListCertificate(viewer),
        setsCriteria: maySetCriteria(viewer),
        startsTrajectory: mayLeadTrajectory(viewer),
      }}
      forms={{ notYet: emptyForm, award: emptyForm, revoke: null, ...forms }}
    />
  );
  return renderPage(c, { title: c.var.t("certification.title"), children: page }, status);
}

async function criteriaPage(c: Context<AppEnv>, form: FormState | null = null, status: Status = 200) {
  const { db } = c.var.deps;
  const shown = form ?? { values: criteriaValues(c.var.locale, await currentCriteria(db)), errors: {} };
  const page = <CriteriaPage {...pageProps(c)} form={shown} history={await criteriaHistory(db)} />;
  return renderPage(c, { title: c.var.t("certification.criteriaPage.title"), children: page }, status);
}

const decide = allow(mayDecideCertification);

export const staffRoutes = new Hono<AppEnv>()
  .get("/", allow(mayFollowCertification), (c) => overviewPage(c))
  .post("/award", decide, async (c) => {
    const outcome = await awardCertificate(scopeOf(c));
    if (!outcome.ok)
      return overviewPage(c, { award: { values: {}, errors: formErrorsOf(c, outcome) } }, refusalStatus(outcome));
    return redirectWithFlash(c, "/certification", "certification.award.flash");
  })
  .post("/not-yet", decide, async (c) => {
    const form = await parseForm(c, notYetForm);
    if (!form.ok) return overviewPage(c, { notYet: form }, 422);
    const outcome = await notYet({ ...scopeOf(c), reasons: form.data.reasons });
    if (!outcome.ok)
      return overviewPage(
        c,
        { notYet: { values: form.values, errors: formErrorsOf(c, outcome) } },
        refusalStatus(outcome),
      );
    return redirectWithFlash(c, "/certification", "certification.notYet.flash");
  })
  .get("/criteria", allow(maySetCriteria), (c) => criteriaPage(c))
  .post("/criteria", allow(maySetCriteria), async (c) => {
    const form = await parseForm(c, criteriaForm);
    if (!form.ok) return criteriaPage(c, form, 422);
    await setCriteria({ db: c.var.deps.db, userId: viewerOf(c).userId, criteria: form.data });
    return redirectWithFlash(c, "/certification/criteria", "certification.criteriaPage.flash");
  })
  .get("/certificates/:certificateId/pdf", allow(mayFollowCertification), async (c) => {
    const print = await certificateForPrint({ ...scopeOf(c), certificateId: pathId(c, "certificateId") });
    const url = `${c.var.deps.config.publicUrl}/certificaat/${print.code}`;
    const pdf = await certificatePdf(c.var.t, c.var.locale, { ...print, url });
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="certificaat-samen-school.pdf"`,
        "Cache-Control": "no-store",
      },
    });
  })
  .post("/certificates/:certificateId/revoke", allow(mayRevokeCertificate), async (c) => {
    const certificateId = pathId(c, "certificateId");
    const form = await parseForm(c, revokeForm);
    if (!form.ok) return overviewPage(c, { revoke: { id: certificateId, form } }, 422);
    const outcome = await revokeCertificate({ ...scopeOf(c), certificateId, reason: form.data.reason });
    if (!outcome.ok) {
      const errors = formErrorsOf(c, outcome);
      return overviewPage(
        c,
        { revoke: { id: certificateId, form: { values: form.values, errors } } },
        refusalStatus(outcome),
      );
    }
    return redirectWithFlash(c, "/certification", "certification.revoke.flash");
  })
  .post("/certificates/:certificateId/listing", allow(mayListCertificate), async (c) => {
    const certificateId = pathId(c, "certificateId");
    const form = await parseForm(c, listingForm);
    if (!form.ok) return overviewPage(c, {}, 422);
    await setListed({ ...scopeOf(c), certificateId, listed: form.data.listed === "yes" });
    return redirectWithFlash(c, "/certification", "certification.listing.flash");
  });
