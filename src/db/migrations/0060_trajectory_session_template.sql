-- A trajectory's sessions from the template were stored in the starter's language and words, so an
-- English reader saw "Wie willen we zijn als school?". A session now keeps which template session it
-- is until someone edits its topic or goals, and each reader reads its texts in their own language
-- (features/trajectory/domain/template.ts). Existing sessions whose topic and goals are still a
-- template's, in either language and either wording, are marked as that template session.
ALTER TABLE "trajectory_sessions" ADD COLUMN "template_key" text;--> statement-breakpoint
UPDATE "trajectory_sessions" AS s SET "template_key" = t.key
FROM (VALUES
  ('vision', 'Wie willen we zijn als school?', 'Samen een visie en missie op partnerschap met ouders maken. Geen mooi verhaal op papier, maar waar we als team echt voor staan.'),
  ('vision', 'Wie willen we zijn als opvang?', 'Samen een visie en missie op partnerschap met ouders maken. Geen mooi verhaal op papier, maar waar we als team echt voor staan.'),
  ('vision', 'Who do we want to be as a school?', 'Make a vision and mission on partnership with parents together. Not a nice story on paper, but what we as a team really stand for.'),
  ('vision', 'Who do we want to be as a setting?', 'Make a vision and mission on partnership with parents together. Not a nice story on paper, but what we as a team really stand for.'),
  ('communication', 'Communicatie en de waarden erachter', 'Kijken hoe we met ouders praten en schrijven, en welke waarden ons handelen sturen: als persoon, als team en als school.'),
  ('communication', 'Communicatie en de waarden erachter', 'Kijken hoe we met ouders praten en schrijven, en welke waarden ons handelen sturen: als persoon, als team en als opvang.'),
  ('communication', 'Communication and the values behind it', 'Look at how we talk and write to parents, and which values guide what we do: as a person, as a team and as a school.'),
  ('communication', 'Communication and the values behind it', 'Look at how we talk and write to parents, and which values guide what we do: as a person, as a team and as a setting.'),
  ('boundaries', 'Grenzen, en wat de school van ouders mag verwachten', 'Afspreken waar onze grenzen liggen en wat wij van ouders mogen vragen.'),
  ('boundaries', 'Grenzen, en wat de opvang van ouders mag verwachten', 'Afspreken waar onze grenzen liggen en wat wij van ouders mogen vragen.'),
  ('boundaries', 'Boundaries, and what the school may expect of parents', 'Agree where our boundaries are and what we may ask of parents.'),
  ('boundaries', 'Boundaries, and what the setting may expect of parents', 'Agree where our boundaries are and what we may ask of parents.'),
  ('partnership', 'Partnerschap: hoe kijkt u naar de school?', 'Met ouders bekijken hoe de samenwerking nu gaat en hoe zij die graag zien. Het team luistert.'),
  ('partnership', 'Partnerschap: hoe kijkt u naar de opvang?', 'Met ouders bekijken hoe de samenwerking nu gaat en hoe zij die graag zien. Het team luistert.'),
  ('partnership', 'Partnership: how do you see the school?', 'Look with parents at how the partnership goes now and how they would like it to be. The team listens.'),
  ('partnership', 'Partnership: how do you see the setting?', 'Look with parents at how the partnership goes now and how they would like it to be. The team listens.'),
  ('expectations', 'Wat verwacht de ouder van de school?', 'Ouders vertellen wat zij van de school verwachten. Het team luistert actief.'),
  ('expectations', 'Wat verwacht de ouder van de opvang?', 'Ouders vertellen wat zij van de opvang verwachten. Het team luistert actief.'),
  ('expectations', 'What does the parent expect of the school?', 'Parents say what they expect of the school. The team listens actively.'),
  ('expectations', 'What does the parent expect of the setting?', 'Parents say what they expect of the setting. The team listens actively.'),
  ('plan', 'Samen school: het plan', 'Het gezamenlijke plan aan ouders laten zien, en samen bedenken hoe het in de praktijk gaat werken.'),
  ('plan', 'Samen school: the plan', 'Present the joint plan to parents, and think together about how it will work in practice.')
) AS t(key, topic, goals)
WHERE s."template_key" IS NULL AND s."topic" = t.topic AND s."goals" = t.goals;
