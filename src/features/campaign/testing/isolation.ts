/**
 * The route walk's ids of the campaign. Its tables belong to no school, so nothing here is one
 * school's: a story still waiting for the editors (the public pages answer 404 for it, the editors'
 * pages 403 to the walkers), a news item, a person to appoint, and links that match nothing (404).
 * None carries the marker: an approved story or news item is public to anyone by design.
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { campaignNews, campaignStories } from "../../../db/schema/index.js";

export const isolation: IsolationFactory = async ({ ctx, school }) => {
  const db = ctx.database.db;
  const [story] = await db
    .insert(campaignStories)
    .values({
      kind: "story",
      theme: "busy_parents",
      title: "Wacht op de redactie",
      body: "Nog niet beoordeeld.",
      signedAs: "Een ouder",
      email: "schrijver@example.nl",
      emailKey: "isolation",
    })
    .returning({ id: campaignStories.id });
  const [news] = await db
    .insert(campaignNews)
    .values({ title: "Nieuws", body: "Een bericht." })
    .returning({ id: campaignNews.id });
  return {
    // Not "…/:id": a public story of one school would open for every school, by design.
    "verhalen/:story": [story!.id],
    "verhalen/:id": [story!.id],
    // Not "…/:id": a news item belongs to no school and only platform editors open its page (the
    // question before deleting it), and no walker is one, so the walk cannot show it opens.
    "nieuws/:item": [news!.id],
    "editors/:id": [school.teacher.id],
    "bevestigen/:token": ["onbekende-link"],
    "intrekken/:token": ["onbekende-link"],
  };
};
