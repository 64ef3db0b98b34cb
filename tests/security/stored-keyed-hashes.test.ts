/**
 * Values made with SECRET_KEY that outlive a release: stored (campaign e-mail keys, helpful-vote
 * voters, recovery code hashes, sealed secrets and ballot keys) or already mailed (training and
 * unsubscribe links, withdrawal links). Pinned as the code made them before the keyed hash was
 * shared (src/lib/keyed-hash.ts): a change to a derivation fails here before it orphans them.
 */
import { describe, expect, it } from "vitest";
import { emailKeyOf, readWithdrawToken, withdrawToken } from "../../src/features/campaign/domain/keys.js";
import { helpfulVoter } from "../../src/features/advice/service/items.js";
import { linkToken } from "../../src/features/trainings/domain/link-token.js";
import { ticketOfForm } from "../../src/features/measurements/service/answering.js";
import { ballotKey, draftKey, unseal } from "../../src/features/measurements/service/sealing.js";
import { readUnsubscribeToken, unsubscribeToken } from "../../src/notifications/unsubscribe-token.js";
import { openSecret } from "../../src/features/two-factor/secret-box.js";
import { useRecoveryCode } from "../../src/features/two-factor/recovery-codes.js";
import { recoveryCodes } from "../../src/db/schema/index.js";
import { useTestDatabase } from "../helpers/database.js";
import { createUser } from "../helpers/factories.js";

const KEY = "pinned-secret-key-of-more-than-thirty-two-characters";
const USER = "0b5a3c5e-8f0e-4c1a-9d7e-2f4a6b8c0d1e";

describe("values made with SECRET_KEY stay what they were", () => {
  const database = useTestDatabase();

  it("campaign: an address's key and its withdrawal link", () => {
    const emailKey = emailKeyOf(KEY, "  Ouder@Example.NL ");
    expect(emailKey).toBe("SwMEeTZvCQkM7wnLyu7m-wehVdK7IRLkx7QKhvDxP70");
    const token = "SwMEeTZvCQkM7wnLyu7m-wehVdK7IRLkx7QKhvDxP70.tQ_AlYFasrWGhsgEfM0yiqUZT1vAMhtPuiCSHEk1c5o";
    expect(withdrawToken(KEY, emailKey)).toBe(token);
    expect(readWithdrawToken(KEY, token)).toBe(emailKey);
    expect(readWithdrawToken(KEY, `${token.slice(0, -1)}A`)).toBeNull();
  });

  it("advice: the voter of a signed-in reader", () => {
    expect(helpfulVoter(KEY, USER)).toBe("46fbefba7b1463d727ac41c275e98a6c07bc2e7ed3bbd6d6f22e89f673fd58d7");
  });

  it("trainings: a registration's link token", () => {
    expect(linkToken(KEY, "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d")).toBe("rUP3wHjdlMBwc6GC7cr6fIh-63VSItwGkVxWOIL0j28");
  });

  it("measurements: the ticket of an open link's form, a ballot key, a draft's key", () => {
    const form = { openToken: "open-token", csrf: "csrf-cookie", once: "once-token" };
    expect(ticketOfForm(KEY, form)).toBe("n8uLwVtVLs8_9H97Ne9QeWpiM1jykubNgjrEC2sZsQs");
    const stored =
      "enc:3husnSvd0A63QQ7vfiBQxbo8wyD7Zik0orzUsD7SwMI-M161zUw6i2lXsKhfr5mRsCl2NxauMrozZeo7NJ4A-PcZFVC-lAA";
    expect(ballotKey(stored, KEY).toString("base64url")).toBe("UyI34rkNjbZwRE3YKQ5ZVRgvuKBXqST7mB5AAa8gxFI");
    expect(draftKey("draft-token").toString("base64url")).toBe("pijdJqiMdAbPZHhZi0gfYPcT4-F41SlM8_kN1DS9aSk");
    expect(unseal(draftKey("draft-token"), "1qyNrkh3_2pmU5EofTH3NF6aaBCap_tkhLSy35xDHcZN")).toBe("draft");
  });

  it("notifications: an unsubscribe link already mailed", () => {
    const token =
      "MGI1YTNjNWUtOGYwZS00YzFhLTlkN2UtMmY0YTZiOGMwZDFlOmRpZ2VzdA.9w8BBJcHaCNn82UpbWK2DfLt47IxlRHd45l8nVervnQ";
    expect(unsubscribeToken(KEY, { userId: USER, kind: "digest" })).toBe(token);
    expect(readUnsubscribeToken(KEY, token)).toEqual({ userId: USER, kind: "digest" });
  });

  it("two-factor: a sealed authenticator secret opens", () => {
    const sealed = "enc:v1:fvb8tRQ--xbjQWlzG1qzfIg4qZ203aaxUzMxDdQkVRPv_xMAG9eLtPLryfY";
    expect(openSecret(sealed, KEY)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("two-factor: a stored recovery code's hash still matches its code", async () => {
    const user = await createUser(database.db);
    await database.db
      .insert(recoveryCodes)
      .values({ userId: user.id, codeHash: "dR6RWcC2UIN0SrAqP3U7jm9o_BzFOdDAXnmRC0pfkqA" });
    expect(await useRecoveryCode(database.db, { userId: user.id, code: "ABCD-2345-EFGH", secretKey: KEY })).toBe(true);
  });
});
