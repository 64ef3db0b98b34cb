/** A problem with a backup file or with restoring it, told in words for the operator. */
export class BackupError extends Error {}
