/**
 * Conversations as other features use them: asking for a conversation on request about a child
 * (messages turns a thread into one), with the messenger that sends its mails; and the conversation
 * guide (gesprekswijzer) as content, its questions in three voices and its printable PDF, which the
 * advice library shows to everyone (src/features/advice).
 */
export { askForConversation, type AskOutcome } from "./service/requests.js";
export { messengerOf as conversationMessengerOf, type Messenger as ConversationMessenger } from "./service/notices.js";
export { currentGuide, QUESTION_IDS, VOICES, type Guide, type GuideQuestion, type Voice } from "./domain/guide.js";
export { guidePdf } from "./service/guide-pdf.js";
