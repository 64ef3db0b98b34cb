/** Makes a test client's session look as if it signed in some minutes ago (the recent sign-in rule). */
import { eq } from "drizzle-orm";
import type { TestClient, TestContext } from "../../../../tests/helpers/app.js";
import { sessions } from "../../../db/schema/index.js";
import { hashToken } from "../../../auth/tokens.js";

export async function signedInAgo(ctx: TestContext, client: TestClient, minutes: number): Promise<void> {
  const idHash = hashToken(client.cookies.get("samen_session") ?? "");
  const createdAt = new Date(Date.now() - minutes * 60_000);
  await ctx.database.db.update(sessions).set({ createdAt }).where(eq(sessions.idHash, idHash));
}
