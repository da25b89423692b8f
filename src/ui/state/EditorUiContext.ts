import { createContext, useContext } from 'react';

export interface EditorUi {
  /** Prefix of every DOM id, unique per editor on the page. */
  idPrefix: string;
  /** Shows an option's field (switching group, clearing filters that hide it) and moves the focus to it. */
  revealField(group: string, dest: string): void;
}

export const EditorUiContext = createContext<EditorUi>({ idPrefix: 'oce', revealField: () => {} });

export function useEditorUi(): EditorUi {
  return useContext(EditorUiContext);
}
