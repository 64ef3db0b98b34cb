/** How a conversation names its teacher; a teacher who deleted their account left no name. */
import type { Translate } from "../../web/i18n/index.js";

export const teacherLabel = (t: Translate, name: string | null): string => name ?? t("conversations.teacher.former");
