/**
 * Passkey ceremonies with @simplewebauthn/server. The relying party is the
 * host of PUBLIC_URL; each challenge is stored with the session and answers
 * once. A response that does not verify stores nothing.
 */
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from "@simplewebauthn/server";
import type { Config } from "../../config.js";
import type { Deps } from "../../web/env.js";
import { saveChallenge, takeChallenge, type ChallengePurpose } from "./challenges.js";
import { addPasskey, findCredential, listCredentials, markPasskeyUsed } from "./passkeys.js";

const CHALLENGE_MINUTES = 5;

/** Stores the options' challenge for this session, the answer to be checked against it; returns the options. */
async function keepChallenge<T extends { challenge: string }>(
  deps: Deps,
  sessionHash: string,
  purpose: ChallengePurpose,
  options: T,
): Promise<T> {
  await saveChallenge(deps.db, { sessionHash, purpose, value: options.challenge, minutes: CHALLENGE_MINUTES });
  return options;
}

/** The library (and its cryptography) loads at the first passkey ceremony, not at every start. */
const library = () => import("@simplewebauthn/server");

function relyingParty(config: Config) {
  const url = new URL(config.publicUrl);
  return { rpID: url.hostname, origin: url.origin };
}

/** What a browser's answer must match: the challenge this session was given, this site's origin and id. */
function expected(config: Config, challenge: string) {
  const { rpID, origin } = relyingParty(config);
  return { expectedChallenge: challenge, expectedOrigin: origin, expectedRPID: rpID };
}

/** A user id as the 16 bytes of its UUID: stable per person, and no personal data. */
function userHandle(userId: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(userId.replaceAll("-", ""), "hex"));
}

/** Options for navigator.credentials.create(); the challenge is kept with the session. */
export async function registrationOptions(
  deps: Deps,
  person: { userId: string; email: string; name: string; sessionHash: string },
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const existing = await listCredentials(deps.db, person.userId);
  const options = await (
    await library()
  ).generateRegistrationOptions({
    rpName: "Samen",
    rpID: relyingParty(deps.config).rpID,
    userName: person.email,
    userDisplayName: person.name,
    userID: userHandle(person.userId),
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
  return keepChallenge(deps, person.sessionHash, "passkey-register", options);
}

/** Verifies the browser's answer and saves the passkey; false (nothing saved) when it does not verify. */
export async function registerPasskey(
  deps: Deps,
  options: { userId: string; sessionHash: string; name: string; response: RegistrationResponseJSON },
): Promise<boolean> {
  const challenge = await takeChallenge(deps.db, options.sessionHash, "passkey-register");
  if (!challenge) return false;
  const result = await (
    await library()
  )
    .verifyRegistrationResponse({
      response: options.response,
      ...expected(deps.config, challenge),
      requireUserVerification: false,
    })
    .catch((error: unknown) => {
      deps.logger.info({ err: error }, "passkey registration rejected");
      return null;
    });
  if (!result?.verified) return false;
  const { credential } = result.registrationInfo;
  return addPasskey(deps.db, {
    userId: options.userId,
    credentialId: credential.id,
    publicKey: Buffer.from(credential.publicKey).toString("base64url"),
    counter: credential.counter,
    transports: credential.transports ?? [],
    name: options.name,
  });
}

/** Options for navigator.credentials.get(), offering only this person's passkeys. */
export async function signInOptions(
  deps: Deps,
  person: { userId: string; sessionHash: string },
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const credentials = await listCredentials(deps.db, person.userId);
  const options = await (
    await library()
  ).generateAuthenticationOptions({
    rpID: relyingParty(deps.config).rpID,
    allowCredentials: credentials.map((p) => ({ id: p.credentialId, transports: p.transports })),
    userVerification: "preferred",
  });
  return keepChallenge(deps, person.sessionHash, "passkey-sign-in", options);
}

/** True when the answer is signed by one of this person's passkeys for the stored challenge. */
export async function verifyPasskeySignIn(
  deps: Deps,
  options: { userId: string; sessionHash: string; response: AuthenticationResponseJSON },
): Promise<boolean> {
  const challenge = await takeChallenge(deps.db, options.sessionHash, "passkey-sign-in");
  const stored = challenge ? await findCredential(deps.db, options.userId, options.response.id) : null;
  if (!challenge || !stored) return false;
  const result = await (
    await library()
  )
    .verifyAuthenticationResponse({
      response: options.response,
      ...expected(deps.config, challenge),
      credential: {
        id: stored.credentialId,
        publicKey: new Uint8Array(Buffer.from(stored.publicKey, "base64url")),
        counter: stored.counter,
        transports: stored.transports,
      },
      requireUserVerification: false,
    })
    .catch((error: unknown) => {
      deps.logger.info({ err: error }, "passkey sign-in rejected");
      return null;
    });
  if (!result?.verified) return false;
  await markPasskeyUsed(deps.db, stored.id, result.authenticationInfo.newCounter);
  return true;
}
