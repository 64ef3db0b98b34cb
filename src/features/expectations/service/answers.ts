/**
 * The school answers a parent's response: the answer is shown under it and mailed to the parent,
 * in the transaction that stores it. Answering again replaces the answer (and mails again).
 * Audited, without the response's text.
 */
import { eq } from "drizzle-orm";
import { recordAuditBy } from "../../../audit/record.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { expectationResponses, users } from "../../../db/schema/index.js";
import { letter } from "../../../mail/letter.js";
import { asRecipient, notify, type MailDeps } from "../../../mail/notify.js";
import { expectationsAnswered } from "../notifications.js";
import { NotFoundError } from "../../../web/errors.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { schoolNameOf } from "../../pupils/index.js";
import { requireYear } from "./year.js";

export function answerResponse(
  scope: ViewerScope & { yearId: string; responseId: string; answer: string; deps: MailDeps },
): Promise<Outcome<object, Refused<"archived">>> {
  return inOrg(scope, async (tx) => {
    const year = await requireYear(tx, scope.orgId, scope.yearId);
    if (year.archived) return refuse("archived", "expectations.refusal.archived", "conflict");
    const [response] = await tx
      .update(expectationResponses)
      .set({ answer: scope.answer, answeredBy: scope.userId, answeredAt: new Date() })
      .where(ofOrg(expectationResponses, scope.orgId, { schoolYearId: year.id, id: scope.responseId }))
      .returning({ authorId: expectationResponses.authorId });
    if (!response) throw new NotFoundError("response");
    await recordAuditBy(tx, scope, { action: "answer", entity: "expectation_response", entityId: scope.responseId });
    const [author] = await tx
      .select({ email: users.email, name: users.name, locale: users.locale })
      .from(users)
      .where(eq(users.id, response.authorId));
    const school = await schoolNameOf(tx, scope.orgId);
    if (!author) return { ok: true };
    const recipient = asRecipient(author);
    await notify(tx, scope.deps.jobs, expectationsAnswered, [recipient], (to, t) => ({
      subject: t("expectations.mail.answered.subject", { year: year.name }),
      text: letter(
        t,
        { name: to.name, from: school },
        t("expectations.mail.answered.text", {
          year: year.name,
          answer: scope.answer,
          link: `${scope.deps.publicUrl}/expectations/${year.id}`,
        }),
      ),
    }));
    return { ok: true };
  });
}
