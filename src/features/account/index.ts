/**
 * The account as other features see it: the extension points through which each feature adds what
 * it holds about a person to their data export (/account/export.json), and what it does when a
 * person who works in an organisation deletes their account.
 */
export {
  accountData,
  exportedColumns,
  personalData,
  type AccountDataSource,
  type PersonalDataSource,
} from "./personal-data.js";
export { rowsOfPerson, type PersonInOrg } from "./person-rows.js";
export { accountDeletionSteps, type AccountDeletion, type AccountDeletionStep } from "./deletion.js";
