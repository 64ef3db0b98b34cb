/**
 * What other features may use of certification: nothing yet. The trajectory reads the award's
 * date from the certificates table itself instead of importing this feature, because
 * certification builds on the trajectory (docs/certification.md): an import back would make a
 * cycle. The advisor's workspace will add what it shows of a school's certificate here.
 */
export {};
