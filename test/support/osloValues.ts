// Compares the editor's values with what the oslo oracle returns (JSON, floats that JSON cannot hold tagged).
import type { OptionValue } from '../../src/core/schema/types';
import type { OsloValue } from '../interop/oslo';

/** An editor value in the oracle's JSON form: inf, -inf and nan become {float: ...}. */
export function toOsloValue(value: OptionValue): OsloValue {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { float: Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf' };
  }
  return value;
}
