/** The notes' forms as zod schemas; messages are catalog keys, shown beside their fields. */
import { z } from "zod";
import { ADVISOR_NOTE_MAX } from "../../db/schema/index.js";

const field = <T extends z.ZodType>(schema: T) => z.preprocess((value) => value ?? "", schema);
const checkbox = z.preprocess((value) => value === "on", z.boolean());

export const noteForm = z.object({
  body: field(z.string().trim().min(1, "advisor.notes.error.body").max(ADVISOR_NOTE_MAX, "error.tooLong")),
  /** Empty: about the organisation as a whole. */
  sessionId: field(z.union([z.literal(""), z.guid("advisor.notes.error.session")]).transform((v) => v || null)),
  shared: checkbox,
});
export type NoteInput = z.infer<typeof noteForm>;

export const sharingForm = z.object({ shared: checkbox });
