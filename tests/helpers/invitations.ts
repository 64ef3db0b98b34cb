/** The invitee's side in tests: the link in the newest mail to their address, then "Aanvaarden" on their invitations page. */
import { followMailedLink, type TestClient, type TestContext } from "./app.js";

/**
 * Signs in with the link in the newest mail to `email` (the invitation itself) and accepts every
 * invitation waiting there, as the person would; the signed-in client. Fails when none waits.
 */
export async function acceptMailedInvitation(
  ctx: TestContext,
  email: string,
  client?: TestClient,
): Promise<TestClient> {
  const invitee = await followMailedLink(ctx, email, client);
  const page = await (await invitee.get("/invitations")).text();
  const accepts = [...page.matchAll(/action="(\/invitations\/[0-9a-f-]{36}\/accept)"/g)].map((match) => match[1]!);
  if (!accepts.length) throw new Error(`no invitation waits for ${email}`);
  for (const accept of accepts) {
    const answered = await invitee.post(accept);
    if (answered.status !== 303) throw new Error(`accepting failed with ${answered.status}`);
  }
  return invitee;
}
