-- Reserved; filled in by the feature that owns this number.
SELECT 1;
