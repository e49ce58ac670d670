import type { Lang } from "../periods/format.ts";

/**
 * Words a source gives in Swedish and, where it gives one, in English. A view asks for one
 * language and is told which language it got, so that a Swedish name on an English page can be
 * marked as Swedish.
 */
export interface Text {
  sv: string;
  en?: string;
}

export function text(sv: string, en?: string): Text {
  return en ? { sv, en } : { sv };
}

/** The words in the language asked for where the source has them, else in Swedish. */
export function textIn(words: Text, lang: Lang): { text: string; lang: Lang } {
  const asked = words[lang];
  return asked ? { text: asked, lang } : { text: words.sv, lang: "sv" };
}

/** Something with an id and a name: a body, an organisation. */
export interface Named {
  id: string;
  name: Text;
}
