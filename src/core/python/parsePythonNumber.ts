// Python's int() and float() accept any Unicode decimal digit and `_` between digits; JavaScript does not.
const DIGITS = '\\p{Nd}(?:_?\\p{Nd})*';
const INTEGER = new RegExp(`^[+-]?${DIGITS}$`, 'u');
const FLOAT = new RegExp(
  `^[+-]?(?:(?:${DIGITS}(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:[eE][+-]?${DIGITS})?|inf|infinity|nan)$`,
  'iu',
);
const NON_ASCII_DIGIT = /[^\x00-\x7f]/gu;

/** The ASCII digit for a Unicode decimal digit: digits come in runs of ten, zero first. */
function toAsciiDigit(char: string): string {
  let codePoint = char.codePointAt(0)!;
  let offset = 0;
  while (offset < 10 && /\p{Nd}/u.test(String.fromCodePoint(codePoint - 1))) {
    codePoint -= 1;
    offset += 1;
  }
  return String(offset % 10);
}

function toAscii(text: string): string {
  return text.replace(NON_ASCII_DIGIT, toAsciiDigit).replaceAll('_', '');
}

/** A Python int as the core holds it: a number while that is exact, a bigint beyond 2^53. */
export function exactInteger(value: bigint): number | bigint {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

/** Python's int(text) for stripped text, exact at any size, or null where Python raises ValueError. */
export function parsePythonInt(text: string): number | bigint | null {
  // Python's int has no negative zero: int('-0') is 0.
  return INTEGER.test(text) ? exactInteger(BigInt(toAscii(text))) : null;
}

/** Python's float(text) for stripped text, or null where Python raises ValueError. */
export function parsePythonFloat(text: string): number | null {
  if (!FLOAT.test(text)) return null;
  const ascii = toAscii(text).toLowerCase();
  const sign = ascii.startsWith('-') ? -1 : 1;
  const bare = ascii.replace(/^[+-]/, '');
  if (bare === 'nan') return NaN;
  if (bare === 'inf' || bare === 'infinity') return sign * Infinity;
  return Number(ascii);
}
