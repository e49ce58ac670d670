/**
 * The labelled documents in the order they were written, for the learned scorers' benches: a
 * part is scored by a model trained only on the parts of earlier rounds, as the rules met it.
 */
const number = (folder: string) => Number(/^dev-(\d+)$/.exec(folder)?.[1] ?? Number.NaN);
/**
 * The parts in the order they were written: the first development part, then each held-back
 * part, and the development documents labelled apart from the rules, each with the round it was
 * written in. A part is scored by a scorer trained only on the parts of earlier rounds, as the
 * rules met it; what was written in the same round (a set labelled apart and the held-back part
 * beside it) is never learned from.
 */
const range = (from: number, to: number) => (f: string) => number(f) >= from && number(f) <= to;
/** A part that is a run of development documents, named with the run ("dev-39–56"). */
const run = (name: string, round: number, from: number, to: number) => ({
  name: `${name} (dev-${from}–${to})`,
  round,
  holds: range(from, to),
});
export const parts: { name: string; round: number; holds: (folder: string) => boolean }[] = [
  {
    name: "first development part",
    round: 0,
    holds: (f) => f.startsWith("seed-") || number(f) <= 38,
  },
  run("first held-back part", 1, 39, 56),
  run("second held-back part", 2, 57, 74),
  run("third held-back part", 3, 75, 90),
  run("fourth held-back part", 4, 91, 106),
  run("fifth held-back part", 5, 107, 122),
  run("sixth held-back part", 6, 123, 138),
  run("labelled apart", 7, 139, 158),
  run("seventh held-back part", 7, 159, 175),
  run("labelled apart", 8, 176, 195),
  run("eighth held-back part", 8, 196, 214),
  run("labelled apart", 9, 215, 234),
  run("ninth held-back part", 9, 235, 252),
  run("labelled apart", 10, 253, 272),
  run("tenth held-back part", 10, 273, 290),
  run("labelled apart", 11, 291, 310),
  run("eleventh held-back part", 11, 311, 328),
  run("twelfth held-back part", 12, 329, 344),
  run("thirteenth held-back part", 13, 345, 360),
  run("labelled apart", 14, 361, 380),
  run("fourteenth held-back part", 14, 381, 397),
  run("fifteenth held-back part", 15, 398, 413),
  run("sixteenth held-back part", 16, 414, 429),
  run("seventeenth held-back part", 17, 430, 445),
  run("eighteenth held-back part", 18, 446, 461),
  run("nineteenth held-back part", 19, 462, 477),
  run("twentieth held-back part", 20, 478, 493),
  run("twenty-first held-back part", 21, 494, 509),
  run("twenty-second held-back part", 22, 510, 525),
  run("twenty-third held-back part", 23, 526, 541),
  run("twenty-fourth held-back part", 24, 542, 557),
];
/** The round the measured held-back part, still named `heldout-N`, was written in. */
export const heldOutRound = 25;
