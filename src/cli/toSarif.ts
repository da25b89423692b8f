import type { Checklist } from '../core/findings/buildChecklist';
import type { Finding, Severity } from '../core/findings/types';

/** What one file's check found, with its checklist when the run made one. */
export interface FileReport {
  file: string;
  findings: Finding[];
  checklist?: Checklist;
}

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  properties?: Record<string, unknown>;
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  kind: 'pass' | 'fail' | 'notApplicable';
  level: 'error' | 'warning' | 'note' | 'none';
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
}

const LEVEL: Record<Severity, SarifResult['level']> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A SARIF 2.1.0 log of a check, for code scanning: with checklists, one rule per Security Guide item and a result of
 * kind pass, fail (one per finding) or notApplicable for each item of each file; without, one result per finding,
 * by the rule that made it.
 */
export function toSarif(reports: FileReport[], version: string): object {
  const rules: SarifRule[] = [];
  const ruleIndex = (rule: SarifRule) => {
    const known = rules.findIndex((candidate) => candidate.id === rule.id);
    return known >= 0 ? known : rules.push(rule) - 1;
  };
  const results: SarifResult[] = [];
  const located = (file: string, line: number | null): SarifResult['locations'] => [
    { physicalLocation: { artifactLocation: { uri: toUri(file) }, ...(line === null ? {} : { region: { startLine: line } }) } },
  ];
  const failure = (finding: Finding, file: string, ruleId: string, index: number): SarifResult => ({
    ruleId,
    ruleIndex: index,
    kind: 'fail',
    level: LEVEL[finding.severity],
    message: { text: finding.explanation ? `${finding.title}\n${finding.explanation}` : finding.title },
    locations: located(finding.file ?? file, finding.line),
  });

  for (const report of reports) {
    if (!report.checklist) {
      for (const finding of report.findings) {
        const id = finding.rule ?? `oslo-${finding.kind}`;
        const index = ruleIndex({ id, shortDescription: { text: finding.rule ? `Security rule ${finding.rule}` : `oslo.config: ${finding.kind}` } });
        results.push(failure(finding, report.file, id, index));
      }
      continue;
    }
    for (const { check, status, findings, why } of report.checklist.items) {
      const index = ruleIndex({
        id: check.id,
        shortDescription: { text: check.question },
        helpUri: check.url,
        properties: { service: check.service, ...(check.releases ? { releases: check.releases } : {}), ...(check.reading ? { reading: check.reading } : {}) },
      });
      if (status === 'fail') {
        results.push(...findings.map((finding) => failure(finding, report.file, check.id, index)));
      } else {
        results.push({
          ruleId: check.id,
          ruleIndex: index,
          kind: status === 'pass' ? 'pass' : 'notApplicable',
          level: 'none',
          message: { text: status === 'pass' ? `${check.id} passes: ${check.question}` : `${check.id} is not applicable: ${why}` },
          locations: located(report.file, null),
        });
      }
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'oslo-config-editor', version, rules } }, results }],
  };
}

// A relative path stays a relative reference (code scanning reads it from the repository's root); an absolute one
// becomes a file: URI.
function toUri(path: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}
