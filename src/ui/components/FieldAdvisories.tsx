import { useState } from 'react';
import type { AdvisoryEntry } from '../../core';
import { fixChoice } from '../model/advisoryEntries';
import { useEditorUi } from '../state/EditorUiContext';
import { useSecretMask } from '../state/useSecretMask';
import { useSession } from '../state/useSession';
import { FindingMark, markOf } from './FindingMark';

/**
 * The core's findings about one option, one entry per line: its kinds, what is wrong, why it matters, and one fix as a
 * button. Folded, each entry is one line that opens on demand (compact mode, and options that are not set).
 */
export function FieldAdvisories({ id, entries, folded }: { id: string; entries: AdvisoryEntry[]; folded: boolean }) {
  const [fixErrors, setFixErrors] = useState<string[]>([]);
  const mask = useSecretMask();
  if (!entries.length) return null;
  return (
    <ul id={id} className="oce-advisories">
      {entries.map((entry) => (
        <li key={entry.key} className={`oce-advisory oce-advisory--${entry.severity}`}>
          {folded ? (
            <details>
              <summary className="oce-advisory__title">
                <EntryTitle entry={entry} />
              </summary>
              <EntryBody entry={entry} onFixErrors={setFixErrors} />
            </details>
          ) : (
            <>
              <p className="oce-advisory__title">
                <EntryTitle entry={entry} />
              </p>
              <EntryBody entry={entry} onFixErrors={setFixErrors} />
            </>
          )}
        </li>
      ))}
      {fixErrors.map((error) => (
        <li key={error} className="oce-error" role="alert">
          The fix could not be applied: {mask(error)}
        </li>
      ))}
    </ul>
  );
}

function EntryTitle({ entry }: { entry: AdvisoryEntry }) {
  const mask = useSecretMask();
  const marks = [...new Set(entry.findings.map(markOf))];
  return (
    <>
      {marks.map((kind) => (
        <FindingMark key={kind} kind={kind} />
      ))}{' '}
      {mask(entry.findings[0]!.title)}
      {entry.line !== null && <span className="oce-hint"> (line {entry.line})</span>}
    </>
  );
}

function EntryBody({ entry, onFixErrors }: { entry: AdvisoryEntry; onFixErrors(errors: string[]): void }) {
  const session = useSession();
  const { readOnly } = useEditorUi();
  const mask = useSecretMask();
  const offerFixes = !readOnly && entry.findings.some((finding) => finding.fix);
  const choice = offerFixes ? fixChoice(session.schema, session.getPublishedExport(), entry) : null;
  return (
    <>
      {entry.findings.map((finding, index) => (
        <div key={index} className="oce-advisory__finding">
          {index > 0 && <p className="oce-advisory__title">{mask(finding.title)}</p>}
          {finding.explanation?.split('\n').map((paragraph, at) => (
            <p key={at} className="oce-advisory__explanation">
              {mask(paragraph)}
            </p>
          ))}
        </div>
      ))}
      {choice?.fix && (
        <button type="button" className="oce-button" onClick={() => onFixErrors(session.applyFix(choice.fix!))}>
          Fix: {choice.fix.label}
        </button>
      )}
      {choice?.withheld.map(({ fix, keeps }) => (
        <p key={fix.label} className="oce-hint">
          Not offered: “{fix.label}”, as it would leave {keeps.join('; ')}.
        </p>
      ))}
    </>
  );
}
