import type { Resolution } from '../ini/resolveConfig';
import type { OptionValue } from '../schema/types';
import { type RuleValues, type SecurityRule, securityRules } from './securityRules';
import type { Finding } from './types';

/**
 * The project's security overlay: each rule whose group and option the schema has and whose condition holds on
 * the resolved values gives a finding on the line oslo reads the option from (none when it is unset).
 */
export function findSecurityIssues(resolution: Resolution, rules: SecurityRule[] = securityRules): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const options = resolution.options.get(rule.group);
    const resolved = options?.get(rule.option);
    if (!options || !resolved) continue;
    const values: Record<string, OptionValue | undefined> = {};
    for (const [dest, option] of options) values[dest] = option.error ? undefined : option.value;
    const frozen: RuleValues = Object.freeze(values);
    if (!rule.when(frozen)) continue;
    const source = resolved.sources.at(-1);
    findings.push({
      group: rule.group,
      option: rule.option,
      file: source ? resolution.files[source.file]!.name : undefined,
      line: source ? source.entry.line : null,
      kind: rule.kind ?? 'insecure',
      severity: rule.severity,
      title: typeof rule.title === 'string' ? rule.title : rule.title(frozen),
      explanation: rule.explanation,
      ...(rule.fix
        ? { fix: { label: rule.fix.label, edits: typeof rule.fix.edits === 'function' ? rule.fix.edits(frozen) : rule.fix.edits } }
        : {}),
    });
  }
  return findings;
}
