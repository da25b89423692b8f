import type { ReactNode } from 'react';
import { fieldDomId } from '../model/domIds';
import { useEditorUi } from '../state/EditorUiContext';

/** A link to an option's field: following it shows the field and moves the focus there. */
export function FieldLink({ group, dest, children }: { group: string; dest: string; children: ReactNode }) {
  const { idPrefix, revealField } = useEditorUi();
  return (
    <a
      href={`#${fieldDomId(idPrefix, group, dest)}`}
      onClick={(event) => {
        event.preventDefault();
        revealField(group, dest);
      }}
    >
      {children}
    </a>
  );
}
