/**
 * The idea board as other features see it. The plan (a later slice) links its actions to ideas
 * and sets what became of them; a person's data export takes their ideas, reactions and supports.
 */
export { ideasOfPerson, type PersonIdeas } from "./service/export.js";
