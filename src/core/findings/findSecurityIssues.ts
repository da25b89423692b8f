import { normalizeSectionName } from '../ini/normalizeSectionName';
import { resolveConfig, type ResolvedOption, type Resolution } from '../ini/resolveConfig';
import { guideCitations } from './security/guideCitations';
import { peerOf } from './security/peers';
import { ruleApplies } from './security/ruleApplies';
import { type RuleContext, type RuleValues, type SecurityRule, securityRules } from './securityRules';
import type { Finding } from './types';

const NOTHING: RuleValues = Object.freeze({});

/**
 * The project's security overlay: each rule runs on the groups it is about (by name, or by what they hold) that have
 * its option, for the services it is about; where its condition holds on the resolved values it gives a finding on
 * the line oslo reads the option from (none when it is unset), citing the Security Guide checks whose Fail condition
 * that is.
 */
export function findSecurityIssues(resolution: Resolution, rules: SecurityRule[] = securityRules): Finding[] {
  const { schema } = resolution;
  const service = schema.service;
  const cited = guideCitations(service);
  const others = new Map<string, RuleValues>();
  const read = (group: string): RuleValues => {
    let values = others.get(group);
    if (!values) {
      const options = resolution.options.get(group) ?? resolveConfig(schema, resolution.files, new Set([group])).options.get(group);
      others.set(group, (values = options ? valuesOf(options) : NOTHING));
    }
    return values;
  };

  const findings: Finding[] = [];
  for (const group of schema.groups) {
    const options = resolution.options.get(group.name);
    if (!options) continue;
    const applying = rules.filter((rule) => ruleApplies(rule, group, service) && options.has(rule.option));
    if (!applying.length) continue;
    const context: RuleContext = {
      group: group.name,
      values: valuesOf(options),
      read,
      client: service ?? 'the service',
      peer: peerOf(group.name),
      configured: isConfigured(resolution, group.name, options),
    };
    for (const rule of applying) {
      if (!rule.when(context)) continue;
      const source = options.get(rule.option)!.sources.at(-1);
      const guide = [...(cited.get(`${rule.id}\n${group.name}`) ?? []), ...(cited.get(rule.id) ?? [])];
      findings.push({
        group: group.name,
        option: rule.option,
        file: source ? resolution.files[source.file]!.name : undefined,
        line: source ? source.entry.line : null,
        kind: rule.kind ?? 'insecure',
        severity: typeof rule.severity === 'string' ? rule.severity : rule.severity(context),
        title: typeof rule.title === 'string' ? rule.title : rule.title(context),
        explanation: typeof rule.explanation === 'string' ? rule.explanation : rule.explanation(context),
        ...(rule.fix
          ? { fix: { label: typeof rule.fix.label === 'string' ? rule.fix.label : rule.fix.label(context), edits: rule.fix.edits(context) } }
          : {}),
        rule: rule.id,
        ...(guide.length ? { guide } : {}),
      });
    }
  }
  return findings;
}

function valuesOf(options: Map<string, ResolvedOption>): RuleValues {
  const values: Record<string, ResolvedOption['value'] | undefined> = {};
  for (const [dest, option] of options) values[dest] = option.error ? undefined : option.value;
  return Object.freeze(values);
}

// The files set one of the group's options, or hold its section.
function isConfigured(resolution: Resolution, group: string, options: Map<string, ResolvedOption>): boolean {
  const section = normalizeSectionName(group);
  return (
    [...options.values()].some((option) => option.isSet) ||
    resolution.files.some((file) => file.document.sections.some((candidate) => candidate.normalized === section))
  );
}
