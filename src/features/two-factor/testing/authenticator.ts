/**
 * A passkey authenticator for tests: answers a registration's options as a browser would, with a
 * new P-256 key and attestation "none", so the server's real verification runs.
 */
import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import { isoCBOR } from "@simplewebauthn/server/helpers";

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");

/** The COSE form (RFC 9053) of a new ES256 public key. */
function coseKey(): Uint8Array {
  const { publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = publicKey.export({ format: "jwk" });
  return isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, new Uint8Array(Buffer.from(jwk.x!, "base64url"))],
      [-3, new Uint8Array(Buffer.from(jwk.y!, "base64url"))],
    ]),
  );
}

/** The response to navigator.credentials.create() for these options, from this origin. */
export function registrationResponse(options: { challenge: string; rp: { id: string } }, origin: string) {
  const credentialId = randomBytes(16);
  const counter = Buffer.alloc(4);
  const idLength = Buffer.alloc(2);
  idLength.writeUInt16BE(credentialId.length);
  const authData = Buffer.concat([
    createHash("sha256").update(options.rp.id).digest(),
    Buffer.from([0x41]), // user present, attested credential data
    counter,
    Buffer.alloc(16), // aaguid
    idLength,
    credentialId,
    coseKey(),
  ]);
  const attestation = isoCBOR.encode(
    new Map<string, string | Map<string, string> | Uint8Array>([
      ["fmt", "none"],
      ["attStmt", new Map<string, string>()],
      ["authData", new Uint8Array(authData)],
    ]),
  );
  const clientData = { type: "webauthn.create", challenge: options.challenge, origin, crossOrigin: false };
  return {
    id: b64url(credentialId),
    rawId: b64url(credentialId),
    type: "public-key",
    clientExtensionResults: {},
    response: {
      clientDataJSON: b64url(Buffer.from(JSON.stringify(clientData))),
      attestationObject: b64url(attestation),
    },
  };
}
