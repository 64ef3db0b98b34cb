/** The expectations' forms; messages are catalog keys, shown beside their fields. */
import { z } from "zod";

export const MAX_DOCUMENT = 4000;
export const MAX_RESPONSE = 1000;

const field = <T extends z.ZodType>(schema: T) => z.preprocess((value) => value ?? "", schema);
const required = (max: number, tooLong: "expectations.error.tooLong" | "expectations.error.responseTooLong") =>
  field(z.string().trim().min(1, "error.required").max(max, tooLong));

export const documentForm = z.object({
  ofSchool: required(MAX_DOCUMENT, "expectations.error.tooLong"),
  ofParents: required(MAX_DOCUMENT, "expectations.error.tooLong"),
});
export type DocumentInput = z.infer<typeof documentForm>;

export const responseForm = z.object({ body: required(MAX_RESPONSE, "expectations.error.responseTooLong") });
export const answerForm = z.object({ answer: required(MAX_RESPONSE, "expectations.error.responseTooLong") });
