/**
 * The account as other features see it: the extension point through which each feature adds what
 * it holds about a person to their data export (/account/export.json).
 */
export { personalData, type PersonalDataSource } from "./personal-data.js";
