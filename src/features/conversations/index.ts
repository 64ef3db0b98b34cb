/**
 * Conversations as other features use them: asking for a conversation on request about a child
 * (messages turns a thread into one), with the messenger that sends its mails.
 */
export { askForConversation, type AskOutcome } from "./service/requests.js";
export { messengerOf as conversationMessengerOf, type Messenger as ConversationMessenger } from "./service/notices.js";
