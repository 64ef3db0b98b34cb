/** The panel's forms (zod); messages are catalog keys. The profile's fields are domain/profile.ts. */
import { z } from "zod";

const email = z.string().trim().max(254, "error.email").pipe(z.email("error.email"));
const language = z.enum(["nl", "en"], { message: "error.invalid" });

export const signUpForm = z.object({
  email,
  language,
  consent: z.literal("yes", { message: "panel.error.consent" }),
  website: z.string().max(0, "panel.error.honeypot").optional(),
});

export const languageForm = z.object({ language });

export const signInForm = z.object({ email });

/** A mailed link's token: 43 URL-safe characters (32 random bytes). */
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
