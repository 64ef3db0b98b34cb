-- The advice search folds accents on both sides (src/lib/search-fold.ts): the stored vectors are made
-- of the folded text again, so the search reads them and their indexes instead of folding every item
-- at every search. A generated column's expression cannot be changed in place before PostgreSQL 17:
-- dropped and added, and its index with it.
ALTER TABLE "advice_items" drop column "search_nl";--> statement-breakpoint
ALTER TABLE "advice_items" ADD COLUMN "search_nl" "tsvector" GENERATED ALWAYS AS (to_tsvector('dutch', lower(translate(title_nl || ' ' || body_nl, 'àÀáÁâÂãÃäÄåÅāĀăĂąĄçÇćĆĉĈċĊčČďĎđĐèÈéÉêÊëËēĒĕĔėĖęĘěĚĝĜğĞġĠģĢĥĤħĦìÌíÍîÎïÏĩĨīĪĭĬįĮıİĵĴķĶĺĹļĻľĽŀĿłŁñÑńŃņŅňŇŉòÒóÓôÔõÕöÖøØōŌŏŎőŐŕŔŗŖřŘśŚŝŜşŞšŠșȘţŢťŤŧŦțȚùÙúÚûÛüÜũŨūŪŭŬůŮűŰųŲŵŴýÝÿŸŷŶźŹżŻžŽ', 'aaaaaaaaaaaaaaaaaaccccccccccddddeeeeeeeeeeeeeeeeeegggggggghhhhiiiiiiiiiiiiiiiiiijjkkllllllllllnnnnnnnnnoooooooooooooooooorrrrrrssssssssssttttttttuuuuuuuuuuuuuuuuuuuuwwyyyyyyzzzzzz')))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "advice_items" drop column "search_en";--> statement-breakpoint
ALTER TABLE "advice_items" ADD COLUMN "search_en" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', lower(translate(title_en || ' ' || body_en, 'àÀáÁâÂãÃäÄåÅāĀăĂąĄçÇćĆĉĈċĊčČďĎđĐèÈéÉêÊëËēĒĕĔėĖęĘěĚĝĜğĞġĠģĢĥĤħĦìÌíÍîÎïÏĩĨīĪĭĬįĮıİĵĴķĶĺĹļĻľĽŀĿłŁñÑńŃņŅňŇŉòÒóÓôÔõÕöÖøØōŌŏŎőŐŕŔŗŖřŘśŚŝŜşŞšŠșȘţŢťŤŧŦțȚùÙúÚûÛüÜũŨūŪŭŬůŮűŰųŲŵŴýÝÿŸŷŶźŹżŻžŽ', 'aaaaaaaaaaaaaaaaaaccccccccccddddeeeeeeeeeeeeeeeeeegggggggghhhhiiiiiiiiiiiiiiiiiijjkkllllllllllnnnnnnnnnoooooooooooooooooorrrrrrssssssssssttttttttuuuuuuuuuuuuuuuuuuuuwwyyyyyyzzzzzz')))) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "advice_items_search_nl_idx" ON "advice_items" USING gin ("search_nl");--> statement-breakpoint
CREATE INDEX "advice_items_search_en_idx" ON "advice_items" USING gin ("search_en");
