/**
 * The route walk's ids of attachments (tests/isolation/route-walk.test.ts): a PDF of a record of
 * the school, stored as a feature stores it, of a kind whose owner lets everyone of the school see
 * it. So the walk opens A's attachment as A's people, and what keeps B's from them is the
 * organisation's lock alone (row-level security and the query's org_id), not the owner's answer.
 */
import type { IsolationFactory } from "../../../tests/helpers/isolation.js";
import { withOrg } from "../../db/client.js";
import { features } from "../../features/index.js";
import { contribution, installContributions } from "../../web/extension.js";
import { attachmentOwners } from "../owners.js";
import { saveAttachments } from "../store.js";

const kind = "isolation_record";

export const isolation: IsolationFactory = async ({ ctx, school, marker }) => {
  installContributions([
    ...features.flatMap((feature) => feature.contributes ?? []),
    contribution(attachmentOwners, { kind, maySee: () => Promise.resolve(true) }),
  ]);
  const bytes = Buffer.from(`%PDF-1.4\n% ${marker}\n%%EOF\n`);
  const ids = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
    saveAttachments(tx, {
      orgId: school.orgId,
      owner: { kind, id: school.orgId },
      uploadedBy: null,
      files: [{ mediaType: "application/pdf", fileName: `${marker}.pdf`, bytes, width: null, height: null }],
    }),
  );
  return { attachmentId: ids };
};
