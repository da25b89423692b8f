import type { Checklist } from '../core/findings/buildChecklist';
import { wrap } from './formatFindings';

const LABEL = { pass: 'pass', fail: 'FAIL', 'not-applicable': 'n/a ' } as const;

/** A file's checklist as text: each item's status, id and question, with its findings, or why it does not apply. */
export function formatChecklist(file: string, checklist: Checklist): string {
  const { chapter, items } = checklist;
  if (!chapter) {
    return `${file}: the OpenStack Security Guide has no checklist for ${checklist.service ?? "this schema's service"} (check without --checklist reports every rule)\n`;
  }
  const lines = [`${file}: OpenStack Security Guide, ${chapter.title} (${chapter.url})`];
  const indented = (prefix: string, text: string) => wrap(`${prefix}${text}`, 92).map((line) => `        ${line}`);
  for (const { check, status, findings, why } of items) {
    lines.push(`  ${LABEL[status]}  ${check.id}  ${check.question}`);
    for (const finding of findings) {
      lines.push(...indented('', `${finding.file ?? file}${finding.line === null ? '' : `:${finding.line}`}: ${finding.title}`));
      if (finding.fix) lines.push(...indented('fix: ', finding.fix.label));
    }
    if (why) lines.push(...indented('why: ', why));
    if (check.releases) lines.push(...indented('releases: ', check.releases));
    if (check.reading && status !== 'not-applicable') lines.push(...indented('note: ', check.reading));
  }
  const count = (status: keyof typeof LABEL) => items.filter((item) => item.status === status).length;
  lines.push(`${file}: ${count('pass')} pass, ${count('fail')} fail, ${count('not-applicable')} not applicable`);
  return `${lines.join('\n')}\n`;
}
