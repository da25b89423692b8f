import type { OptionValue } from '../core/schema/types';

/** JSON has no inf or nan: such floats travel as {"float": "inf" | "-inf" | "nan"}. */
export function toJsonValue(value: OptionValue): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { float: Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf' };
  }
  return value;
}

export function fromJsonValue(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === 'float') {
      const special = { inf: Infinity, '-inf': -Infinity, nan: NaN }[String(entries[0]![1])];
      if (special !== undefined) return special;
    }
  }
  return value;
}
