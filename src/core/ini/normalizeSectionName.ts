/** How oslo names a section: `DEFAULT` as is, every other name lower-cased. */
export function normalizeSectionName(name: string): string {
  return name === 'DEFAULT' ? name : name.toLowerCase();
}
