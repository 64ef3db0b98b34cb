-- A trajectory's sessions from the template were stored in the starter's language and words, so an
-- English reader saw "Wie willen we zijn als school?". A session now keeps which template session it
-- is until someone edits its topic or goals, and each reader reads its texts in their own language
-- (features/trajectory/domain/template.ts). Existing sessions whose topic and goals are still a
-- template's, in either language and either wording, are marked as that template session.
ALTER TABLE "trajectory_sessions" ADD COLUMN "template_key" text;--> statement-breakpoint
UPDATE "trajectory_sessions" SET "template_key" = 'vision'
WHERE "template_key" IS NULL AND ("topic", "goals") IN (
  ('Wie willen we zijn als school?', 'Samen een visie en missie op partnerschap met ouders maken. Geen mooi verhaal op papier, maar waar we als team echt voor staan.'),
  ('Wie willen we zijn als opvang?', 'Samen een visie en missie op partnerschap met ouders maken. Geen mooi verhaal op papier, maar waar we als team echt voor staan.'),
  ('Who do we want to be as a school?', 'Make a vision and mission on partnership with parents together. Not a nice story on paper, but what we as a team really stand for.'),
  ('Who do we want to be as a setting?', 'Make a vision and mission on partnership with parents together. Not a nice story on paper, but what we as a team really stand for.')
);
--> statement-breakpoint
UPDATE "trajectory_sessions" SET "template_key" = 'communication'
WHERE "template_key" IS NULL AND ("topic", "goals") IN (
  ('Communicatie en de waarden erachter', 'Kijken hoe we met ouders praten en schrijven, en welke waarden ons handelen sturen: als persoon, als team en als school.'),
  ('Communicatie en de waarden erachter', 'Kijken hoe we met ouders praten en schrijven, en welke waarden ons handelen sturen: als persoon, als team en als opvang.'),
  ('Communication and the values behind it', 'Look at how we talk and write to parents, and which values guide what we do: as a person, as a team and as a school.'),
  ('Communication and the values behind it', 'Look at how we talk and write to parents, and which values guide what we do: as a person, as a team and as a setting.')
);
--> statement-breakpoint
UPDATE "trajectory_sessions" SET "template_key" = 'boundaries'
WHERE "template_key" IS NULL AND ("topic", "goals") IN (
  ('Grenzen, en wat de school van ouders mag verwachten', 'Afspreken waar onze grenzen liggen en wat wij van ouders mogen vragen.'),
  ('Grenzen, en wat de opvang van ouders mag verwachten', 'Afspreken waar onze grenzen liggen en wat wij van ouders mogen vragen.'),
  ('Boundaries, and what the school may expect of parents', 'Agree where our boundaries are and what we may ask of parents.'),
  ('Boundaries, and what the setting may expect of parents', 'Agree where our boundaries are and what we may ask of parents.')
);
--> statement-breakpoint
UPDATE "trajectory_sessions" SET "template_key" = 'partnership'
WHERE "template_key" IS NULL AND ("topic", "goals") IN (
  ('Partnerschap: hoe kijkt u naar de school?', 'Met ouders bekijken hoe de samenwerking nu gaat en hoe zij die graag zien. Het team luistert.'),
  ('Partnerschap: hoe kijkt u naar de opvang?', 'Met ouders bekijken hoe de samenwerking nu gaat en hoe zij die graag zien. Het team luistert.'),
  ('Partnership: how do you see the school?', 'Look with parents at how the partnership goes now and how they would like it to be. The team listens.'),
  ('Partnership: how do you see the setting?', 'Look with parents at how the partnership goes now and how they would like it to be. The team listens.')
);
--> statement-breakpoint
UPDATE "trajectory_sessions" SET "template_key" = 'expectations'
WHERE "template_key" IS NULL AND ("topic", "goals") IN (
  ('Wat verwacht de ouder van de school?', 'Ouders vertellen wat zij van de school verwachten. Het team luistert actief.'),
  ('Wat verwacht de ouder van de opvang?', 'Ouders vertellen wat zij van de opvang verwachten. Het team luistert actief.'),
  ('What does the parent expect of the school?', 'Parents say what they expect of the school. The team listens actively.'),
  ('What does the parent expect of the setting?', 'Parents say what they expect of the setting. The team listens actively.')
);
--> statement-breakpoint
UPDATE "trajectory_sessions" SET "template_key" = 'plan'
WHERE "template_key" IS NULL AND ("topic", "goals") IN (
  ('Samen school: het plan', 'Het gezamenlijke plan aan ouders laten zien, en samen bedenken hoe het in de praktijk gaat werken.'),
  ('Samen school: the plan', 'Present the joint plan to parents, and think together about how it will work in practice.')
);
