import type { ResolvedOption } from '../ini/resolveConfig';
import { equalValues } from '../values/equalValues';
import { showValue } from './showValue';

/** What an option resolves to, for a message: its value, or the description of a default worked out where it runs. */
export function showResolved(resolved: ResolvedOption): string {
  return resolved.computed ?? showValue(resolved.option, resolved.value);
}

/** Whether two releases resolve an option to the same value (the same description, for a computed default). */
export function sameResolved(a: ResolvedOption, b: ResolvedOption): boolean {
  if (a.computed !== null || b.computed !== null) return a.computed === b.computed;
  return equalValues(a.value, b.value);
}
