import type { Resolution } from '../ini/resolveConfig';
import { checkValue } from '../values/checkValue';
import { itemRules } from '../values/valueRules';
import type { Finding } from './types';

/**
 * Values oslo accepts but the service cannot use (outside a form it documents): errors, as the editor and `export`
 * refuse them too, saying that it is the service that cannot use them.
 */
export function findValueRuleViolations(resolution: Resolution): Finding[] {
  const findings: Finding[] = [];
  for (const [group, rules] of Object.entries(itemRules)) {
    for (const [dest, rule] of Object.entries(rules)) {
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
        severity: 'error',
        title: `[${group}] ${dest}: ${error}`,
        explanation: `oslo.config accepts this text, but ${rule.service} cannot use it, and fails when it first tries.`,
      });
    }
  }
  return findings;
}
