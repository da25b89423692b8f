/** The DOM id of an option's field container; its first control gets `${id}-input`. */
export function fieldDomId(prefix: string, group: string, dest: string): string {
  return `${prefix}-${group}-${dest}`.replace(/[^A-Za-z0-9_-]/g, '_');
}
