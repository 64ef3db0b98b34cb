/** Buddies as other features see them: a person's data export takes their request, offer and pairings. */
export { buddiesOfPerson } from "./service/export.js";
