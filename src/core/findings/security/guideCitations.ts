import { guideChecks } from './guideChecks';

/**
 * The Security Guide checks of a service's checklist whose Fail condition each rule's finding meets, by rule id and
 * group (`tls-insecure\nglance`), or by rule id alone where any group counts.
 */
export function guideCitations(service: string | undefined): Map<string, string[]> {
  const cited = new Map<string, string[]>();
  for (const check of guideChecks) {
    if (check.service !== service || check.judged.by !== 'values') continue;
    for (const { rule, group } of check.judged.rules) {
      const key = group === undefined ? rule : `${rule}\n${group}`;
      cited.set(key, [...(cited.get(key) ?? []), check.id]);
    }
  }
  return cited;
}
