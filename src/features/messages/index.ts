/** Messages as other features see them: a person's own messages (their data export). */
export { messagesOfPerson, type PersonMessage, type PersonMessages } from "./service/export.js";
