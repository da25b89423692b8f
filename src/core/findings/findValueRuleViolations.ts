import type { Resolution } from '../ini/resolveConfig';
import { checkValue } from '../values/checkValue';
import { itemRules } from '../values/valueRules';
import type { Finding } from './types';

/** Values oslo accepts but that break the service's documented form (warnings, since oslo starts). */
export function findValueRuleViolations(resolution: Resolution): Finding[] {
  const findings: Finding[] = [];
  for (const [group, rules] of Object.entries(itemRules)) {
    for (const dest of Object.keys(rules)) {
      const resolved = resolution.options.get(group)?.get(dest);
      if (!resolved?.isSet || resolved.error) continue;
      const error = checkValue(group, resolved.option, resolved.value, true);
      if (!error) continue;
      const source = resolved.sources.at(-1)!;
      findings.push({
        group,
        option: dest,
        file: resolution.files[source.file]!.name,
        line: source.entry.line,
        kind: 'invalid',
        severity: 'warning',
        title: `[${group}] ${dest}: ${error}`,
        explanation: 'oslo.config accepts this text, but the service cannot use it and fails when it first tries.',
      });
    }
  }
  return findings;
}
