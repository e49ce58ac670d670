/** Words that may follow a kept hyphen: "arbetsmarknads- och socialnämnden". */
const afterKeptHyphen = /^(och|eller|samt|resp|respektive|and|or|till|og)\b/i;

/** Two lines of one text as one: a word broken by a hyphen at the line's end is joined again. */
export function joinLines(a: string, b: string): string {
  const left = a.replace(/[ \t]+$/, "");
  const right = b.trim();
  const broken = /(\p{L})-$/u.exec(left);
  if (broken && /^\p{Ll}/u.test(right) && !afterKeptHyphen.test(right))
    return left.slice(0, -1) + right;
  return `${left} ${right}`;
}
