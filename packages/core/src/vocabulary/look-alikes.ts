/**
 * Characters that look like ASCII letters, digits, dashes, quotes or spaces but are not: what
 * Word, Outlook, PDFs and other alphabets put into text typed or pasted by people. Each has its
 * Unicode name, so that a message can say exactly which character it found.
 */

/** A look-alike character: what it is called and the ASCII it passes for ("" when invisible). */
export interface LookAlike {
  name: string;
  ascii: string;
  /** A letter of the Latin alphabet with an accent or ring: right in words, wrong in ids. */
  accented?: boolean;
}

const named: [number, string, string][] = [
  // Cyrillic capitals and small letters shaped like Latin ones
  [0x0405, "S", "CYRILLIC CAPITAL LETTER DZE"],
  [0x0406, "I", "CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I"],
  [0x0408, "J", "CYRILLIC CAPITAL LETTER JE"],
  [0x0410, "A", "CYRILLIC CAPITAL LETTER A"],
  [0x0412, "B", "CYRILLIC CAPITAL LETTER VE"],
  [0x0415, "E", "CYRILLIC CAPITAL LETTER IE"],
  [0x041a, "K", "CYRILLIC CAPITAL LETTER KA"],
  [0x041c, "M", "CYRILLIC CAPITAL LETTER EM"],
  [0x041d, "H", "CYRILLIC CAPITAL LETTER EN"],
  [0x041e, "O", "CYRILLIC CAPITAL LETTER O"],
  [0x0420, "P", "CYRILLIC CAPITAL LETTER ER"],
  [0x0421, "C", "CYRILLIC CAPITAL LETTER ES"],
  [0x0422, "T", "CYRILLIC CAPITAL LETTER TE"],
  [0x0423, "Y", "CYRILLIC CAPITAL LETTER U"],
  [0x0425, "X", "CYRILLIC CAPITAL LETTER HA"],
  [0x0430, "a", "CYRILLIC SMALL LETTER A"],
  [0x0435, "e", "CYRILLIC SMALL LETTER IE"],
  [0x043e, "o", "CYRILLIC SMALL LETTER O"],
  [0x0440, "p", "CYRILLIC SMALL LETTER ER"],
  [0x0441, "c", "CYRILLIC SMALL LETTER ES"],
  [0x0443, "y", "CYRILLIC SMALL LETTER U"],
  [0x0445, "x", "CYRILLIC SMALL LETTER HA"],
  [0x0455, "s", "CYRILLIC SMALL LETTER DZE"],
  [0x0456, "i", "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I"],
  [0x0458, "j", "CYRILLIC SMALL LETTER JE"],
  [0x04bb, "h", "CYRILLIC SMALL LETTER SHHA"],
  [0x0501, "d", "CYRILLIC SMALL LETTER KOMI DE"],
  // Greek
  [0x0391, "A", "GREEK CAPITAL LETTER ALPHA"],
  [0x0392, "B", "GREEK CAPITAL LETTER BETA"],
  [0x0395, "E", "GREEK CAPITAL LETTER EPSILON"],
  [0x0396, "Z", "GREEK CAPITAL LETTER ZETA"],
  [0x0397, "H", "GREEK CAPITAL LETTER ETA"],
  [0x0399, "I", "GREEK CAPITAL LETTER IOTA"],
  [0x039a, "K", "GREEK CAPITAL LETTER KAPPA"],
  [0x039c, "M", "GREEK CAPITAL LETTER MU"],
  [0x039d, "N", "GREEK CAPITAL LETTER NU"],
  [0x039f, "O", "GREEK CAPITAL LETTER OMICRON"],
  [0x03a1, "P", "GREEK CAPITAL LETTER RHO"],
  [0x03a4, "T", "GREEK CAPITAL LETTER TAU"],
  [0x03a5, "Y", "GREEK CAPITAL LETTER UPSILON"],
  [0x03a7, "X", "GREEK CAPITAL LETTER CHI"],
  [0x03b1, "a", "GREEK SMALL LETTER ALPHA"],
  [0x03b9, "i", "GREEK SMALL LETTER IOTA"],
  [0x03ba, "k", "GREEK SMALL LETTER KAPPA"],
  [0x03bd, "v", "GREEK SMALL LETTER NU"],
  [0x03bf, "o", "GREEK SMALL LETTER OMICRON"],
  [0x03c1, "p", "GREEK SMALL LETTER RHO"],
  [0x03c5, "u", "GREEK SMALL LETTER UPSILON"],
  // Latin letters that pass for others
  [0x0131, "i", "LATIN SMALL LETTER DOTLESS I"],
  [0x00c5, "A", "LATIN CAPITAL LETTER A WITH RING ABOVE"],
  [0x00c4, "A", "LATIN CAPITAL LETTER A WITH DIAERESIS"],
  [0x00d6, "O", "LATIN CAPITAL LETTER O WITH DIAERESIS"],
  [0x00c9, "E", "LATIN CAPITAL LETTER E WITH ACUTE"],
  [0x00dc, "U", "LATIN CAPITAL LETTER U WITH DIAERESIS"],
  [0x00e5, "a", "LATIN SMALL LETTER A WITH RING ABOVE"],
  [0x00e4, "a", "LATIN SMALL LETTER A WITH DIAERESIS"],
  [0x00f6, "o", "LATIN SMALL LETTER O WITH DIAERESIS"],
  [0x00e9, "e", "LATIN SMALL LETTER E WITH ACUTE"],
  [0x00fc, "u", "LATIN SMALL LETTER U WITH DIAERESIS"],
  [0x0301, "", "COMBINING ACUTE ACCENT"],
  [0x0308, "", "COMBINING DIAERESIS"],
  [0x030a, "", "COMBINING RING ABOVE"],
  // Dashes
  [0x2010, "-", "HYPHEN"],
  [0x2011, "-", "NON-BREAKING HYPHEN"],
  [0x2012, "-", "FIGURE DASH"],
  [0x2013, "-", "EN DASH"],
  [0x2014, "-", "EM DASH"],
  [0x2015, "-", "HORIZONTAL BAR"],
  [0x2212, "-", "MINUS SIGN"],
  [0xfe58, "-", "SMALL EM DASH"],
  [0xfe63, "-", "SMALL HYPHEN-MINUS"],
  [0xff0d, "-", "FULLWIDTH HYPHEN-MINUS"],
  // Quotes
  [0x2018, "'", "LEFT SINGLE QUOTATION MARK"],
  [0x2019, "'", "RIGHT SINGLE QUOTATION MARK"],
  [0x201a, "'", "SINGLE LOW-9 QUOTATION MARK"],
  [0x201b, "'", "SINGLE HIGH-REVERSED-9 QUOTATION MARK"],
  [0x2032, "'", "PRIME"],
  [0x00b4, "'", "ACUTE ACCENT"],
  [0x201c, '"', "LEFT DOUBLE QUOTATION MARK"],
  [0x201d, '"', "RIGHT DOUBLE QUOTATION MARK"],
  [0x201e, '"', "DOUBLE LOW-9 QUOTATION MARK"],
  [0x201f, '"', "DOUBLE HIGH-REVERSED-9 QUOTATION MARK"],
  [0x2033, '"', "DOUBLE PRIME"],
  [0x00ab, '"', "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK"],
  [0x00bb, '"', "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK"],
  // Spaces
  [0x00a0, " ", "NO-BREAK SPACE"],
  [0x2002, " ", "EN SPACE"],
  [0x2003, " ", "EM SPACE"],
  [0x2007, " ", "FIGURE SPACE"],
  [0x2009, " ", "THIN SPACE"],
  [0x200a, " ", "HAIR SPACE"],
  [0x202f, " ", "NARROW NO-BREAK SPACE"],
  [0x3000, " ", "IDEOGRAPHIC SPACE"],
  // Invisible characters
  [0x00ad, "", "SOFT HYPHEN"],
  [0x200b, "", "ZERO WIDTH SPACE"],
  [0x200c, "", "ZERO WIDTH NON-JOINER"],
  [0x200d, "", "ZERO WIDTH JOINER"],
  [0x200e, "", "LEFT-TO-RIGHT MARK"],
  [0x200f, "", "RIGHT-TO-LEFT MARK"],
  [0x202a, "", "LEFT-TO-RIGHT EMBEDDING"],
  [0x202b, "", "RIGHT-TO-LEFT EMBEDDING"],
  [0x202c, "", "POP DIRECTIONAL FORMATTING"],
  [0x202d, "", "LEFT-TO-RIGHT OVERRIDE"],
  [0x202e, "", "RIGHT-TO-LEFT OVERRIDE"],
  [0x2060, "", "WORD JOINER"],
  [0x2066, "", "LEFT-TO-RIGHT ISOLATE"],
  [0x2067, "", "RIGHT-TO-LEFT ISOLATE"],
  [0x2068, "", "FIRST STRONG ISOLATE"],
  [0x2069, "", "POP DIRECTIONAL ISOLATE"],
  [0xfeff, "", "ZERO WIDTH NO-BREAK SPACE"],
];

const digitNames = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"];

const table = new Map<string, LookAlike>();
for (const [code, ascii, name] of named) {
  const accented = /^LATIN .* WITH |^COMBINING /.test(name);
  table.set(String.fromCodePoint(code), accented ? { ascii, name, accented } : { ascii, name });
}
// Full-width forms, as East Asian input methods and some PDFs give them.
for (let i = 0; i < 26; i++) {
  const upper = String.fromCharCode(65 + i);
  table.set(String.fromCodePoint(0xff21 + i), {
    ascii: upper,
    name: `FULLWIDTH LATIN CAPITAL LETTER ${upper}`,
  });
  table.set(String.fromCodePoint(0xff41 + i), {
    ascii: upper.toLowerCase(),
    name: `FULLWIDTH LATIN SMALL LETTER ${upper}`,
  });
}
for (let i = 0; i < 10; i++) {
  table.set(String.fromCodePoint(0xff10 + i), {
    ascii: String(i),
    name: `FULLWIDTH DIGIT ${digitNames[i]}`,
  });
}

/** The look-alike a character is, if it is one. */
export function lookAlike(char: string): LookAlike | undefined {
  return table.get(char);
}

/** `U+0421 CYRILLIC CAPITAL LETTER ES`: a character as a message should name it. */
export function describeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = table.get(char)?.name;
  return name ? `${hex} ${name}` : hex;
}

/**
 * Each look-alike replaced by the ASCII it passes for; invisible ones removed. With
 * `keepAccents`, å, ä, ö and other accented Latin letters stay: they are right in words.
 */
export function replaceLookAlikes(text: string, options: { keepAccents?: boolean } = {}): string {
  let out = "";
  for (const char of text) {
    const found = table.get(char);
    out += found && !(options.keepAccents && found.accented) ? found.ascii : char;
  }
  return out;
}

/** The look-alike characters in a text that are not accented Latin letters, in order. */
export function foreignCharacters(text: string): string[] {
  const found: string[] = [];
  for (const char of text) {
    const entry = table.get(char);
    if (entry && !entry.accented && !found.includes(char)) found.push(char);
  }
  return found;
}

/**
 * The form in which two spellings of one word compare equal: decomposed and stripped of
 * accents and rings (ä → a, é → e), look-alikes replaced, lower case, single spaces.
 */
export function foldForMatching(text: string): string {
  return replaceLookAlikes(text.normalize("NFD"))
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
