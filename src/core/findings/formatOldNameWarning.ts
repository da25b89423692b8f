import { normalizeSectionName } from '../ini/normalizeSectionName';
import type { OldName } from '../schema/types';

/** The line oslo logs when an option's value comes from one of its old names, verbatim. */
export function formatOldNameWarning(group: string, dest: string, old: OldName): string {
  const oldGroup = normalizeSectionName(old.group || group);
  return `Deprecated: Option "${old.name}" from group "${oldGroup}" is deprecated. Use option "${dest}" from group "${normalizeSectionName(group)}".`;
}
