import { exactInteger } from '../python/parsePythonNumber';
import type { OptionValue } from '../schema/types';

/** An option's value as JSON holds it: integers beyond 2^53 and floats JSON cannot hold in their object forms. */
export type JsonOptionValue =
  | string
  | number
  | boolean
  | null
  | string[]
  | Record<string, string>
  | { int: string }
  | { float: 'inf' | '-inf' | 'nan' };

/** Values by group and option, each in its JSON form (`toJsonValue`). */
export function toJsonValues(values: Record<string, Record<string, OptionValue>>): Record<string, Record<string, JsonOptionValue>> {
  return Object.fromEntries(
    Object.entries(values).map(([group, options]) => [
      group,
      Object.fromEntries(Object.entries(options).map(([dest, value]) => [dest, toJsonValue(value) as JsonOptionValue])),
    ]),
  );
}

/** Values by group and option from their JSON forms (`fromJsonValue`). */
export function fromJsonValues(values: Record<string, Record<string, unknown>>): Record<string, Record<string, OptionValue>> {
  return Object.fromEntries(
    Object.entries(values).map(([group, options]) => [
      group,
      Object.fromEntries(Object.entries(options ?? {}).map(([dest, value]) => [dest, fromJsonValue(value) as OptionValue])),
    ]),
  );
}

/**
 * A value in JSON, which holds neither inf and nan nor integers beyond 2^53: such values travel as
 * `{"float": "inf" | "-inf" | "nan"}` and `{"int": "<digits>"}`.
 */
export function toJsonValue(value: OptionValue): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { float: Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf' };
  }
  if (typeof value === 'bigint') return { int: value.toString() };
  return value;
}

/** A value from JSON, with the tagged forms of `toJsonValue` turned back into numbers. */
export function fromJsonValue(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.length === 1) {
      const [tag, text] = entries[0]!;
      if (tag === 'float') {
        const special = { inf: Infinity, '-inf': -Infinity, nan: NaN }[String(text)];
        if (special !== undefined) return special;
      }
      if (tag === 'int' && typeof text === 'string' && /^-?\d+$/.test(text)) return exactInteger(BigInt(text));
    }
  }
  return value;
}

/** JSON.stringify for text that holds values: bigints as `toJsonValue` writes them. */
export function stringifyValues(data: unknown, space?: number): string {
  return JSON.stringify(data, (_key, value: unknown) => (typeof value === 'bigint' ? toJsonValue(value) : value), space);
}
