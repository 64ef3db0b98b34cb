/**
 * The discussion groups as other features see them: a person's data export takes everything they
 * wrote, the groups they proposed and joined, the threads they follow and their agreements to the
 * code of conduct.
 */
export { discussionsOfPerson } from "./service/export.js";
