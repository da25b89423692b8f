import { createContext, useContext } from 'react';
import { englishStrings, type EditorStrings } from '../strings';

export interface EditorUi {
  /** Prefix of every DOM id, unique per editor on the page. */
  idPrefix: string;
  /** Shows an option's field (switching group, clearing filters that hide it) and moves the focus to it. */
  revealField(group: string, dest: string): void;
  strings: EditorStrings;
  /** The values can be read, searched and exported, not changed. */
  readOnly: boolean;
  /** Help and advisories folded into one line per option. */
  compact: boolean;
  /** Secret values show in the preview, advisories and messages (masked otherwise). */
  secretsShown: boolean;
  showSecrets(shown: boolean): void;
}

export const EditorUiContext = createContext<EditorUi>({
  idPrefix: 'oce',
  revealField: () => {},
  strings: englishStrings,
  readOnly: false,
  compact: false,
  secretsShown: false,
  showSecrets: () => {},
});

export function useEditorUi(): EditorUi {
  return useContext(EditorUiContext);
}
