import type { ReportedState, Stance } from "../schema/section.ts";
import { PhraseVocabulary, turningWords } from "../vocabulary/closed.ts";

/**
 * The words a response section is read by: stances, the body's own reported state, and the
 * labels that open those lines. Each list is closed: README lists every phrase, and a phrase
 * not on it is refused with the nearest ones, never read as something close to it.
 */

export const stanceVocabulary = new PhraseVocabulary<Stance>(
  [
    { text: "instämmer", value: "agrees" },
    { text: "instämmer helt", value: "agrees" },
    { text: "delar", value: "agrees" },
    { text: "delar helt", value: "agrees" },
    { text: "agrees", value: "agrees" },
    { text: "agree", value: "agrees" },
    { text: "fully agrees", value: "agrees" },
    { text: "instämmer delvis", value: "partly-agrees" },
    { text: "delar delvis", value: "partly-agrees" },
    { text: "delvis", value: "partly-agrees" },
    { text: "partly agrees", value: "partly-agrees" },
    { text: "partially agrees", value: "partly-agrees" },
    { text: "instämmer inte", value: "disagrees" },
    { text: "instämmer ej", value: "disagrees" },
    { text: "delar inte", value: "disagrees" },
    { text: "delar ej", value: "disagrees" },
    { text: "disagrees", value: "disagrees" },
    { text: "disagree", value: "disagrees" },
    { text: "does not agree", value: "disagrees" },
    { text: "inget ställningstagande", value: "no-stance" },
    { text: "ingen", value: "no-stance" },
    { text: "no stance", value: "no-stance" },
    { text: "none", value: "no-stance" },
  ],
  {
    // Between agreeing in part and not agreeing: Spårbar does not choose for the writer.
    "instämmer inte helt": ["instämmer delvis", "instämmer inte"],
    "instämmer ej helt": ["instämmer delvis", "instämmer inte"],
    "delar inte helt": ["instämmer delvis", "instämmer inte"],
    "delar ej helt": ["instämmer delvis", "instämmer inte"],
    "does not fully agree": ["partly agrees", "disagrees"],
    "instämmer till viss del": ["instämmer delvis", "instämmer"],
    "instämmer i huvudsak": ["instämmer delvis", "instämmer"],
    "instämmer i stort": ["instämmer delvis", "instämmer"],
    "instämmer delvis inte": ["instämmer delvis", "instämmer inte"],
    "agrees in part": ["partly agrees", "agrees"],
  },
);

export const reportedVocabulary = new PhraseVocabulary<ReportedState>(
  [
    { text: "genomfört", value: "done" },
    { text: "genomförd", value: "done" },
    { text: "genomförda", value: "done" },
    { text: "klart", value: "done" },
    { text: "klar", value: "done" },
    { text: "har genomförts", value: "done" },
    { text: "har gjorts", value: "done" },
    { text: "done", value: "done" },
    { text: "completed", value: "done" },
    { text: "implemented", value: "done" },
    { text: "delvis genomfört", value: "partly-done" },
    { text: "delvis genomförd", value: "partly-done" },
    { text: "delvis genomförda", value: "partly-done" },
    { text: "delvis", value: "partly-done" },
    { text: "partly done", value: "partly-done" },
    { text: "partly", value: "partly-done" },
    { text: "partially done", value: "partly-done" },
    { text: "pågår", value: "in-progress" },
    { text: "pågående", value: "in-progress" },
    { text: "påbörjat", value: "in-progress" },
    { text: "påbörjad", value: "in-progress" },
    { text: "under arbete", value: "in-progress" },
    { text: "görs", value: "in-progress" },
    { text: "in progress", value: "in-progress" },
    { text: "ongoing", value: "in-progress" },
    { text: "ej påbörjat", value: "not-started" },
    { text: "ej påbörjad", value: "not-started" },
    { text: "ej påbörjade", value: "not-started" },
    { text: "inte påbörjat", value: "not-started" },
    { text: "inte påbörjad", value: "not-started" },
    { text: "ej startat", value: "not-started" },
    { text: "inte startat", value: "not-started" },
    { text: "not started", value: "not-started" },
  ],
  {
    "pågår inte": ["ej påbörjat"],
    "inte genomfört": ["ej påbörjat", "delvis genomfört"],
    "ej genomfört": ["ej påbörjat", "delvis genomfört"],
    "inte klart": ["pågår", "delvis genomfört"],
    "not done": ["not started", "partly done"],
  },
  // A report goes on in prose ("Görs genom uppföljningen"), but not with a word that turns
  // the state into another ("Genomfört delvis", "Pågår inte").
  (next) => !turningWords.test(next),
);

/** The labels that open a line a section is read by, as written in README. */
export const sectionLabels = ["Ställningstagande", "Stance", "Rapporterat", "Reported"] as const;

/** The labels of the lines under a measure. */
export const measureLabels = [
  "Återrapporteras till",
  "Rapporteras till",
  "Report to",
  "Reported to",
  "Följer upp",
  "Follows up",
  "Genomförd",
  "Done",
  "Rapporterad i",
  "Reported in",
  "Källa",
  "Source",
] as const;
