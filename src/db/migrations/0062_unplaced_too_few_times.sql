-- A child of the fair allocation left without a place because every time of its teachers was given
-- to someone says so ("Er waren niet genoeg tijden"), instead of "the times that fit were needed
-- for other families", which is only true while other times stayed free.
ALTER TYPE "public"."conversation_unplaced_reason" ADD VALUE 'tooFewTimes';
