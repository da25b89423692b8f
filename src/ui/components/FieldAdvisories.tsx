import { useState } from 'react';
import type { Finding } from '../../core';
import { useEditorUi } from '../state/EditorUiContext';
import { useSecretMask } from '../state/useSecretMask';
import { useSession } from '../state/useSession';
import { FindingMark, markOf } from './FindingMark';

/** The core's findings about one option: what is wrong, why it matters, and the fix as a button. */
export function FieldAdvisories({ id, findings }: { id: string; findings: Finding[] }) {
  const session = useSession();
  const { readOnly } = useEditorUi();
  const [fixErrors, setFixErrors] = useState<string[]>([]);
  const mask = useSecretMask();
  if (!findings.length) return null;
  return (
    <ul id={id} className="oce-advisories">
      {findings.map((finding, index) => (
        <li key={index} className={`oce-advisory oce-advisory--${finding.severity}`}>
          <p className="oce-advisory__title">
            <FindingMark kind={markOf(finding)} /> {mask(finding.title)}
          </p>
          {finding.explanation?.split('\n').map((paragraph, at) => (
            <p key={at} className="oce-advisory__explanation">
              {mask(paragraph)}
            </p>
          ))}
          {finding.fix && !readOnly && (
            <button type="button" className="oce-button" onClick={() => setFixErrors(session.applyFix(finding.fix!))}>
              Fix: {finding.fix.label}
            </button>
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
