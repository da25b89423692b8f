import type { GroupSchema } from '../../schema/types';
import type { SecurityRule } from './types';

/** Whether a rule runs on a group of a service's schema: its group and service, and the group has its option. */
export function ruleApplies(rule: SecurityRule, group: GroupSchema, service: string | undefined): boolean {
  if (rule.services && !(service && rule.services.includes(service))) return false;
  if (!group.options.some((option) => option.dest === rule.option)) return false;
  return typeof rule.group === 'string' ? rule.group === group.name : rule.group(group);
}
