import { describe, expect, it } from 'vitest';
import { fromJsonValue, stringifyValues, toJsonValue } from '../../../src/core/values/jsonValue';

describe('values in JSON', () => {
  it('carries integers beyond 2^53 and the floats JSON cannot hold in their object forms, and reads them back', () => {
    const values = [12345678901234567890n, Infinity, -Infinity, NaN, 3, 1.5];
    expect(values.map(toJsonValue)).toEqual([{ int: '12345678901234567890' }, { float: 'inf' }, { float: '-inf' }, { float: 'nan' }, 3, 1.5]);
    expect(values.map((value) => fromJsonValue(toJsonValue(value)))).toEqual(values);
  });

  it('keeps a float that happens to be a whole number beyond 2^53 a number, as oslo gives it (1e16 is a float)', () => {
    expect(toJsonValue(1e16)).toBe(1e16);
    expect(stringifyValues({ fu: 1e16, big: 2n ** 64n })).toBe('{"fu":10000000000000000,"big":{"int":"18446744073709551616"}}');
  });
});
