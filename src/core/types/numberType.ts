import { pythonFloatRepr, pythonRepr } from '../python/formatPython';
import { parsePythonFloat, parsePythonInt } from '../python/parsePythonNumber';
import { pyStrip } from '../python/pythonText';
import { checkNumber } from './checkNumber';
import type { OptionTypeDefinition, TypedOption } from './optionType';

interface NumberKind {
  shape: 'integer' | 'float';
  holds(value: unknown): boolean;
  parse(text: string): number | bigint | null;
  refusal: string;
  write(value: number | bigint): string;
  str(value: number | bigint): string;
}

const integers: NumberKind = {
  shape: 'integer',
  holds: (value) => typeof value === 'bigint' || (typeof value === 'number' && Number.isInteger(value)),
  parse: parsePythonInt,
  refusal: 'invalid literal for int() with base 10',
  // Every digit: String(1e21) is "1e+21", which int() refuses.
  write: (value) => BigInt(value).toString(),
  str: (value) => BigInt(value).toString(),
};

const floats: NumberKind = {
  shape: 'float',
  holds: (value) => typeof value === 'number',
  parse: parsePythonFloat,
  refusal: 'could not convert string to float',
  // Python's float() reads inf, nan and JavaScript's shortest round-trip form alike.
  write: (value) => {
    const number = value as number;
    if (Number.isNaN(number)) return 'nan';
    if (!Number.isFinite(number)) return number > 0 ? 'inf' : '-inf';
    return Object.is(number, -0) ? '-0.0' : String(number);
  },
  str: (value) => pythonFloatRepr(value as number),
};

/** oslo's Integer, Float and Port types: an empty value is None, and the bounds and choices are checked. */
function numberType(generatorNames: string[], kind: NumberKind, bounds?: { min: number; max: number }): OptionTypeDefinition {
  const check = (option: TypedOption, value: number | bigint) => checkNumber(option, value, bounds);
  return {
    generatorNames,
    shape: kind.shape,
    holds: kind.holds,
    convert(option, text) {
      const stripped = pyStrip(text);
      if (stripped === '') return { value: null };
      const number = kind.parse(stripped);
      if (number === null) return { error: `${kind.refusal}: ${pythonRepr(text)}` };
      const error = check(option, number);
      return error ? { error } : { value: number };
    },
    check: (option, value) => (value === null ? null : check(option, value as number | bigint)),
    format: (_option, value) => ({ texts: [value === null ? '' : kind.write(value as number | bigint)] }),
    str: (value) => kind.str(value as number | bigint),
    emptyIsNone: true,
    ...(bounds ? { bounds } : {}),
  };
}

export const integerType = numberType(['integer value'], integers);
export const portType = numberType(['port value', 'port'], integers, { min: 0, max: 65535 });
export const floatType = numberType(['floating point value'], floats);
