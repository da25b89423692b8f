import type { Resolution } from '../ini/resolveConfig';
import { findDeadLines } from './findDeadLines';
import { findDeprecations } from './findDeprecations';
import { findSecurityIssues } from './findSecurityIssues';
import { findUnknownKeys } from './findUnknownKeys';
import { type SecurityRule, securityRules } from './securityRules';
import type { Finding } from './types';

/**
 * Everything an operator should know beyond what oslo refuses: deprecated options and old names in use, lines
 * oslo never reads (dead duplicates, old names beaten by the own name or a later file), unknown keys, and the
 * project's security rules.
 */
export function findAdvisories(resolution: Resolution, rules: SecurityRule[] = securityRules): Finding[] {
  return [
    ...findDeprecations(resolution),
    ...findDeadLines(resolution),
    ...findUnknownKeys(resolution),
    ...findSecurityIssues(resolution, rules),
  ];
}
