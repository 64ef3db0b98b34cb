/** Who may see a post's attachments: exactly who may see the post (visibility.ts), asked per request. */
import { isStaff } from "../../../auth/viewer.js";
import type { AttachmentOwner } from "../../../attachments/index.js";
import { maySeePost, readerOf } from "./visibility.js";
import { NEWS_POST } from "./writing.js";

export const newsAttachmentOwner: AttachmentOwner = {
  kind: NEWS_POST,
  async maySee({ tx, viewer, orgId, ownerId }) {
    const staff = viewer.current?.orgId === orgId && isStaff(viewer);
    return maySeePost(tx, orgId, ownerId, await readerOf(tx, orgId, viewer.userId, staff));
  },
};
