-- A cancelled event keeps how many signed up (or waiting) were mailed the cancellation, because its
-- sign-ups are deleted then: its page says whether anyone was told ("Alle 2 mensen die zich hadden
-- aangemeld, hebben bericht gekregen", or that no one had signed up) instead of always saying they
-- were. A count, nothing about a person; kept as long as the event. Events cancelled before this
-- have null, and their page claims nothing about who was told.
ALTER TABLE "events" ADD COLUMN "cancel_mailed" integer;
