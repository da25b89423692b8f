import type { ConfigSchema } from '../schema/types';
import { type GuideChapter, type GuideCheck, guideChapters, guideChecks } from './security/guideChecks';
import type { Finding } from './types';

export type ChecklistStatus = 'pass' | 'fail' | 'not-applicable';

export interface ChecklistItem {
  check: GuideCheck;
  status: ChecklistStatus;
  /** The findings that fail it. */
  findings: Finding[];
  /** Why it is not applicable. */
  why?: string;
}

export interface Checklist {
  service: string | null;
  /** The guide's checklist for the service; null when the guide has none. */
  chapter: GuideChapter | null;
  items: ChecklistItem[];
}

/**
 * The OpenStack Security Guide's checklist for the schema's service, item by item, from the findings of a check:
 * an item fails where a finding cites it, is not applicable where the schema has none of the options it reads (or
 * it is not about this file's values), and passes otherwise. The owner and mode of the files count only where
 * `filesChecked` says they were checked (the CLI's `--deployed`).
 */
export function buildChecklist(schema: ConfigSchema, findings: Finding[], filesChecked = false): Checklist {
  const service = schema.service ?? null;
  const chapter = guideChapters.find((candidate) => candidate.service === service) ?? null;
  const items = guideChecks
    .filter((check) => check.service === service)
    .map((check): ChecklistItem => {
      const why = whyNotApplicable(schema, check, filesChecked);
      if (why) return { check, status: 'not-applicable', findings: [], why };
      const failing = findings.filter((finding) => finding.guide?.includes(check.id));
      return { check, status: failing.length ? 'fail' : 'pass', findings: failing };
    });
  return { service, chapter, items };
}

function whyNotApplicable(schema: ConfigSchema, check: GuideCheck, filesChecked: boolean): string | null {
  const { judged } = check;
  if (judged.by === 'none') return judged.why;
  if (judged.by === 'file') {
    return filesChecked ? null : "The files' owner, group and mode are those of the files where the service reads them: the CLI checks them with check --deployed.";
  }
  const has = judged.options.some(({ group, option }) =>
    schema.groups.some((candidate) => candidate.name === group && candidate.options.some((known) => known.dest === option)),
  );
  if (has) return null;
  const names = judged.options.map(({ group, option }) => `[${group}] ${option}`).join(', ');
  return `The ${check.service} schema has ${judged.options.length > 1 ? 'none of' : 'no'} ${names}.`;
}
