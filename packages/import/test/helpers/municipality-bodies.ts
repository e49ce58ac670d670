/** A municipality's executive board and four committees, for tests of addressee words. */
export const municipality = [
  { id: "ks", name: "Kommunstyrelsen" },
  { id: "mn", name: "Miljönämnden" },
  { id: "gn", name: "Gymnasienämnden" },
  { id: "fn", name: "Fritidsnämnden" },
  { id: "rn", name: "Revisionsnämnden" },
];

/** The names of the known bodies an addressee resolved to, in order. */
export const names = (found: { known: { name: string }[] }) => found.known.map((b) => b.name);

/** A municipality with a culture committee and a leisure committee, for reports to either. */
export const cultureAndLeisure = {
  id: "l",
  bodies: [
    { id: "kn", name: "Kulturnämnden", kind: "committee" },
    { id: "fn", name: "Fritidsnämnden", kind: "committee" },
  ],
};

/** A municipality with a technical committee and its executive board, for reports to either. */
export const technicalAndBoard = {
  id: "k",
  bodies: [
    { id: "tn", name: "Tekniska nämnden", kind: "committee" },
    { id: "ks", name: "Kommunstyrelsen", kind: "committee" },
  ],
};
