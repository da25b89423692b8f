import type { OptionSchema } from '../schema/types';

/** The line oslo logs when an option deprecated for removal is set, verbatim (the reason as the schema has it). */
export function formatRemovalWarning(group: string, option: OptionSchema): string {
  const reason = option.deprecatedReason ? ` (${option.deprecatedReason})` : '';
  return `Deprecated: Option "${option.dest}" from group "${group || 'DEFAULT'}" is deprecated for removal${reason}.  Its value may be silently ignored in the future.`;
}
