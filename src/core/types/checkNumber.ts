import { formatPercentG, pythonFloatRepr, pythonRepr } from '../python/formatPython';
import type { TypedOption } from './optionType';

/** The choices and bounds check of oslo's Integer, Float and Port types; `bounds` apply where the option has none. */
export function checkNumber(
  option: TypedOption,
  value: number | bigint,
  bounds: { min: number | null; max: number | null } = { min: null, max: null },
): string | null {
  const numericChoices = option.choices.filter((choice) => typeof choice.value === 'number');
  if (numericChoices.length) {
    if (numericChoices.some((choice) => choice.value == value)) return null;
    // oslo keeps the choices in an OrderedDict of value to description, and prints its repr().
    const pairs = numericChoices.map(({ value: choice, description }) => {
      const number = choice as number;
      return `(${Number.isInteger(number) ? String(number) : pythonFloatRepr(number)}, ${description === null ? 'None' : pythonRepr(description)})`;
    });
    return `Valid values are OrderedDict([${pairs.join(', ')}]), but found ${formatPercentG(value)}`;
  }
  const min = option.min ?? bounds.min;
  const max = option.max ?? bounds.max;
  if (min !== null && value < min) return `Should be greater than or equal to ${formatPercentG(min)}`;
  if (max !== null && value > max) return `Should be less than or equal to ${formatPercentG(max)}`;
  return null;
}
