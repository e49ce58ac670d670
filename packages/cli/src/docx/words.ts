import type { ResponseKindValue } from "@sparbar/core";

/** What a decision does, by the kind of response: the words after "att". */
const decides: Record<ResponseKindValue, string> = {
  response: "lämna följande yttrande:",
  "follow-up-response": "lämna följande uppföljande yttrande:",
  "report-back": "godkänna följande återrapportering:",
};

/**
 * The words of the yttrande layout. A committee's document is Swedish whatever language the
 * person exporting it reads, so these have no English.
 */
export const yttrandeWords = {
  date: "Datum",
  diaryNumber: "Diarienummer",
  to: "Till",
  answers: "Avser",
  recommendation: "Rekommendation",
  path: "Beslutsgång",
  planned: "(planerat)",
  officers: "Ansvariga tjänstepersoner",
  page: "Sida",
  of: "av",
  proposed: (body: string, kind: ResponseKindValue) =>
    `${body} föreslås besluta att ${decides[kind]}`,
  decided: (body: string, day: string, minute: string | undefined, kind: ResponseKindValue) =>
    `${body} beslutade den ${day}${minute ? `, ${minute},` : ""} att ${decides[kind]}`,
};
