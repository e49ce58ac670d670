/**
 * Word banks for a synthetic corpus that reads like Swedish municipal audits: the topics,
 * verbs and phrasing of real reports, combined by a seeded random generator.
 */
export const topics = [
  "arbetet mot hedersrelaterat våld och förtryck",
  "styrningen av äldreomsorgen",
  "den interna kontrollen",
  "upphandling och avtalstrohet",
  "arbetsmiljön inom förskolan",
  "kommunens krisberedskap",
  "investeringsprocessen",
  "elevhälsans arbete",
  "hemtjänstens kvalitet",
  "informationssäkerheten",
  "arbetet med barn i behov av särskilt stöd",
  "kompetensförsörjningen",
  "kostnadsutvecklingen inom försörjningsstödet",
  "underhållet av kommunens fastigheter",
  "det brottsförebyggande arbetet",
  "handläggningen av bygglov",
  "arbetet med våld i nära relationer",
  "integrationsarbetet",
  "tillsynen av livsmedelsverksamheter",
  "ekonomistyrningen",
];

export const verbs = [
  "Säkerställ att",
  "Tillse att",
  "Utveckla",
  "Fastställ",
  "Genomför",
  "Stärk",
  "Inför",
  "Följ upp att",
  "Dokumentera",
  "Tydliggör",
];

export const objects = [
  "rutiner för uppföljning finns och tillämpas i samtliga verksamheter",
  "ansvarsfördelningen mellan nämnd och förvaltning är tydlig",
  "mål och indikatorer för arbetet beslutas av nämnden",
  "en riskanalys ligger till grund för internkontrollplanen",
  "avvikelser rapporteras och analyseras systematiskt",
  "kompetensutvecklingen planeras utifrån verksamhetens behov",
  "samverkan med berörda nämnder sker strukturerat",
  "nämnden får regelbunden återrapportering om resultaten",
  "beslut dokumenteras i enlighet med gällande föreskrifter",
  "kartläggningar görs av behoven i kommunen",
  "arbetet följs upp på individ- och gruppnivå",
  "handlingsplanen implementeras fullt ut",
];

export const measureTexts = [
  "En ny rutin tas fram och beslutas av nämnden",
  "Internkontrollplanen kompletteras med en granskning av området",
  "Utbildning genomförs för samtliga chefer",
  "En kartläggning genomförs och redovisas för nämnden",
  "Uppföljningen redovisas i årsanalysen",
  "Delegationsordningen revideras",
  "Ett nytt verksamhetssystem införs",
  "Samverkansöverenskommelsen ses över tillsammans med berörda nämnder",
  "Målen för arbetet fastställs i verksamhetsplanen",
  "Resultaten återrapporteras till nämnden",
];

export const duePhrases = [
  (y: number) => `den 31 maj ${y}`,
  (y: number) => `i januari ${y}`,
  (y: number) => `senast fjärde kvartalet ${y}`,
  (y: number) => `i början av ${y}`,
  (y: number) => `under ${y}`,
  (y: number) => `hösten ${y}`,
  (y: number) => `innan sommaren ${y}`,
  (y: number) => `tertial 2 ${y}`,
  (y: number) => `${y}-06-30`,
  (y: number) => `${y}-Q3`,
];

export const prose = [
  "Nämnden välkomnar revisionens granskning och delar i huvudsak dess bedömning.",
  "Förvaltningen har under året arbetat aktivt med frågan och ser ett fortsatt behov av utveckling.",
  "Arbetet bedrivs i samverkan med berörda förvaltningar och följs upp inom ramen för internkontrollen.",
  "Nämnden bedömer att befintliga rutiner i stort är ändamålsenliga men behöver förtydligas.",
  "Resultaten kommer att redovisas för nämnden i samband med årsanalysen.",
  "Granskningen ger ett viktigt underlag för det fortsatta utvecklingsarbetet.",
  "Revisorerna bedömer att nämnden delvis har säkerställt en ändamålsenlig styrning och uppföljning.",
  "Det saknas dokumenterad uppföljning av verksamhetens kvalitet och av de insatser som beviljats.",
];

export const bodyNames = [
  ["kommunfullmaktige", "Kommunfullmäktige", "council"],
  ["kommunstyrelsen", "Kommunstyrelsen", "board"],
  ["revisionen", "Revisionen", "auditors"],
  ["socialnamnden", "Socialnämnden", "committee"],
  ["barn-och-utbildningsnamnden", "Barn- och utbildningsnämnden", "committee"],
  ["vard-och-omsorgsnamnden", "Vård- och omsorgsnämnden", "committee"],
  ["tekniska-namnden", "Tekniska nämnden", "committee"],
  ["kultur-och-fritidsnamnden", "Kultur- och fritidsnämnden", "committee"],
  ["miljo-och-byggnadsnamnden", "Miljö- och byggnadsnämnden", "committee"],
  ["arbetsmarknadsnamnden", "Arbetsmarknadsnämnden", "committee"],
] as const;

export const places = [
  "Ale",
  "Alingsås",
  "Alvesta",
  "Aneby",
  "Arboga",
  "Arjeplog",
  "Arvidsjaur",
  "Arvika",
  "Askersund",
  "Avesta",
  "Bengtsfors",
  "Berg",
  "Bjurholm",
  "Bjuv",
  "Boden",
  "Bollebygd",
  "Bollnäs",
  "Borgholm",
  "Borlänge",
  "Borås",
  "Botkyrka",
  "Boxholm",
  "Bromölla",
  "Bräcke",
  "Burlöv",
  "Båstad",
  "Dals-Ed",
  "Danderyd",
  "Degerfors",
  "Dorotea",
  "Eda",
  "Ekerö",
  "Eksjö",
  "Emmaboda",
  "Enköping",
  "Eskilstuna",
  "Eslöv",
  "Essunga",
  "Fagersta",
  "Falkenberg",
];

/** A small seeded generator (mulberry32), so the same seed gives the same corpus. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    chance: (p: number) => next() < p,
  };
}
