/** Messages as other features see them: a person's own messages (their data export). */
export { messagesOfPerson, type PersonMessage } from "./service/export.js";
