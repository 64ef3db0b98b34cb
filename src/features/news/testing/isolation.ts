/**
 * The route walk's ids of news: the leader posts to the whole school with a PDF, the parent
 * reacts and suggests an item.
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { postNewsAs, storedNews } from "./fixtures.js";

export const isolation: IsolationFactory = async ({ ctx, school, marker, signedIn }) => {
  const leader = await signedIn(school.leader.email);
  const pdf = Buffer.from(`%PDF-1.4\n% ${marker}\n%%EOF\n`);
  const postId = await postNewsAs(leader, { title: `${marker} nieuws`, body: `${marker} tekst` }, [
    [`${marker}.pdf`, pdf],
  ]);
  const parent = await signedIn(school.parent.email);
  const reacted = await parent.post(`/news/${postId}/reactions`, { kind: "question", body: `${marker} vraag` });
  if (reacted.status !== 303) throw new Error(`reacting failed with ${reacted.status}`);
  const suggested = await parent.post("/news/suggestions", { title: `${marker} idee`, body: `${marker} voorstel` });
  if (suggested.status !== 303) throw new Error(`suggesting failed with ${suggested.status}`);
  const { reactions, suggestions } = await storedNews(ctx, school);
  return {
    postId: [postId],
    reactionId: reactions.map((r) => r.id),
    suggestionId: suggestions.map((s) => s.id),
  };
};
