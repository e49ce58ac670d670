/**
 * Text in the two languages Spårbar speaks, Swedish first. A module of its own, below
 * everything, since nearly every part of core says things in both languages, while the
 * vocabulary in labels.ts knows the states of the status engine.
 */
export interface Bilingual {
  sv: string;
  en: string;
}
