// Compares the editor's values with what the oslo oracle returns (JSON, floats that JSON cannot hold tagged).
import type { OptionSchema, OptionValue } from '../../src/core/schema/types';
import { optionTypes } from '../../src/core/types/optionTypes';
import type { OsloValue } from '../interop/oslo';

/**
 * An editor value of `option` in the oracle's JSON form: inf, -inf and nan become {float: ...}, integers beyond 2^53
 * {int: ...} (a whole number given as a JavaScript number is the integer it holds).
 */
export function toOsloValue(value: OptionValue, option: Pick<OptionSchema, 'type'>): OsloValue {
  const shape = optionTypes[option.type].shape;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { float: Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf' };
  }
  if (shape === 'integer' && (typeof value === 'bigint' || (typeof value === 'number' && !Number.isSafeInteger(value)))) {
    const exact = BigInt(value);
    return exact >= -(2n ** 53n - 1n) && exact <= 2n ** 53n - 1n ? Number(exact) : { int: exact.toString() };
  }
  return value as OsloValue;
}
