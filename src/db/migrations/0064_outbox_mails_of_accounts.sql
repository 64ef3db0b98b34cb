-- Sign-in links and invitations were written to the outbox without the account they were mailed
-- to, so deleting the account left them there (name and address) until the outbox sweep. They are
-- now written with user_id (deleted with the account, docs/privacy.md); the ones already waiting
-- are given their account here. Only mails of no kind: those are the sign-in and invitation mails.
UPDATE outbox SET user_id = u.id
FROM users u
WHERE outbox.user_id IS NULL AND outbox.kind IS NULL AND lower(outbox."to") = lower(u.email);
