import type { ConfigSchema } from '../schema/types';
import { ruleApplies } from './security/ruleApplies';
import { securityRules } from './securityRules';

/**
 * The other groups whose values the security rules of each group read (nova's [glance] reads [key_manager]):
 * a group's findings depend on their lines too.
 */
export function groupsReadBySecurityRules(schema: ConfigSchema, rules = securityRules): Map<string, string[]> {
  const reads = new Map<string, string[]>();
  for (const group of schema.groups) {
    const read = new Set(rules.filter((rule) => rule.reads && ruleApplies(rule, group, schema.service)).flatMap((rule) => rule.reads!));
    read.delete(group.name);
    if (read.size) reads.set(group.name, [...read].filter((name) => schema.groups.some((candidate) => candidate.name === name)));
  }
  return reads;
}
