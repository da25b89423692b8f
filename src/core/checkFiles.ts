import { findAdvisories } from './findings/findAdvisories';
import { findValueRuleViolations } from './findings/findValueRuleViolations';
import type { Finding } from './findings/types';
import { parseIni } from './ini/parseIni';
import { type ConfigFile, resolveConfig, type Resolution, type ResolutionProblem } from './ini/resolveConfig';
import type { ConfigSchema } from './schema/types';

export interface TextFile {
  name: string;
  text: string;
}

export interface CheckResult {
  resolution: Resolution;
  findings: Finding[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Parses, resolves and checks files that oslo would read in this order (later files win). With `groups`, only
 * what concerns those groups is resolved and reported (parse errors still are, wherever they are).
 */
export function checkFiles(schema: ConfigSchema, files: TextFile[], groups?: ReadonlySet<string>): CheckResult {
  return checkDocuments(schema, files.map((file) => ({ name: file.name, document: parseIni(file.text) })), groups);
}

/** checkFiles of files already parsed. */
export function checkDocuments(schema: ConfigSchema, files: ConfigFile[], groups?: ReadonlySet<string>): CheckResult {
  const resolution = resolveConfig(schema, files, groups);
  const findings = [
    ...resolution.problems.map(problemFinding),
    ...findValueRuleViolations(resolution),
    ...findAdvisories(resolution),
  ];
  const fileOrder = new Map(files.map((file, index) => [file.name, index]));
  findings.sort(
    (a, b) =>
      (fileOrder.get(a.file ?? '') ?? -1) - (fileOrder.get(b.file ?? '') ?? -1) ||
      (a.line ?? Infinity) - (b.line ?? Infinity) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return { resolution, findings };
}

function problemFinding({ kind, message, ...where }: ResolutionProblem): Finding {
  if (kind !== 'doubt') return { ...where, kind: 'invalid', severity: 'error', title: message };
  return {
    ...where,
    kind: 'invalid',
    severity: 'warning',
    title: message,
    explanation:
      'The generator output does not say everything oslo checks, and this value depends on what it leaves out. The service may refuse to start with it, or may read it as given.',
  };
}
