import { checkNumber } from './checkNumber';
import { textType } from './textType';

const RANGE = /^(0|-?[1-9][0-9]*)(?:-(0|-?[1-9][0-9]*))?$/;

function ends(text: string): [bigint, bigint] | null {
  // re.match's `$` also matches before a final newline.
  const match = RANGE.exec(text.endsWith('\n') ? text.slice(0, -1) : text);
  if (!match) return null;
  const left = BigInt(match[1]!);
  return [left, match[2] === undefined ? left : BigInt(match[2])];
}

/**
 * oslo's Range type: `a-b` or `a`, integers; the lower end is checked against the minimum and the upper end against
 * the maximum. oslo hands the service a Python range; the value here is the text, which says the same.
 */
export const rangeType = textType(
  ['range value'],
  (option, text) => {
    const pair = ends(text);
    if (!pair) return { error: `Invalid Range: ${text}` };
    const [left, right] = pair;
    const atLeast = (value: bigint) => checkNumber({ ...option, choices: [], max: null }, value);
    const atMost = (value: bigint) => checkNumber({ ...option, choices: [], min: null }, value);
    const error = left < right ? (atLeast(left) ?? atMost(right)) : (atMost(left) ?? atLeast(right));
    return error ? { error } : { value: text };
  },
  {
    // str() of the range oslo builds, with the right end included as oslo's default has it (the generator does not
    // say whether an option leaves it out).
    str(value) {
      const [left, right] = ends(value as string)!;
      const step = left < right ? 1n : -1n;
      return `range(${left}, ${right + step}${step < 0n ? ', -1' : ''})`;
    },
  },
);
