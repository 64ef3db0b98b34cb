/** Input of the second-factor forms and JSON endpoints; messages are catalog keys. */
import { z } from "zod";
import { normaliseRecoveryCode } from "./recovery-codes.js";

/** Six digits; spaces are allowed, as apps show "123 456". */
export const codeSchema = z.object({
  code: z
    .string()
    .transform((v) => v.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "twoFactor.code.format")),
});

/** A recovery code as printed ("abcd-efgh-jkmn"); case, spaces and dashes do not matter. */
export const recoveryCodeSchema = z.object({
  recoveryCode: z
    .string()
    .transform(normaliseRecoveryCode)
    .pipe(z.string().regex(/^[a-z0-9]{12}$/, "secondFactor.recovery.format")),
});

const base64url = z
  .string()
  .max(16_384)
  .regex(/^[A-Za-z0-9_-]*$/);

// Only the extension results the server library reads; others are dropped.
const clientExtensionResults = z.object({
  appid: z.boolean().optional(),
  credProps: z.object({ rk: z.boolean().optional() }).optional(),
  hmacCreateSecret: z.boolean().optional(),
});

const credential = {
  id: base64url,
  rawId: base64url,
  type: z.literal("public-key"),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  clientExtensionResults,
};

/** What @simplewebauthn/browser's startRegistration() returns. */
export const registrationSchema = z.object({
  name: z.string().trim().max(100, "error.tooLong").default(""),
  response: z.object({
    ...credential,
    response: z.object({
      clientDataJSON: base64url,
      attestationObject: base64url,
      authenticatorData: base64url.optional(),
      transports: z.array(z.string().max(32)).max(10).optional(),
      publicKeyAlgorithm: z.number().int().optional(),
      publicKey: base64url.optional(),
    }),
  }),
});

/** What @simplewebauthn/browser's startAuthentication() returns. */
export const authenticationSchema = z.object({
  response: z.object({
    ...credential,
    response: z.object({
      clientDataJSON: base64url,
      authenticatorData: base64url,
      signature: base64url,
      userHandle: base64url.optional(),
    }),
  }),
});
