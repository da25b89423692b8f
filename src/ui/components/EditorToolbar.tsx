import { useEditorUi } from '../state/EditorUiContext';
import { useEditorState, useEditorStore } from '../state/useEditorStore';

/** Undo, redo and discard the draft. */
export function EditorToolbar({ persistent }: { persistent: boolean }) {
  const store = useEditorStore();
  const { strings, readOnly } = useEditorUi();
  const canUndo = useEditorState((state) => state.canUndo);
  const canRedo = useEditorState((state) => state.canRedo);
  return (
    <div className="oce-toolbar" role="toolbar" aria-label={strings.draftToolbar}>
      {!readOnly && (
        <>
          {/* aria-disabled, not disabled: the focus stays on the button when the history runs out. */}
          <button type="button" className="oce-button" aria-disabled={!canUndo} onClick={store.undo} aria-keyshortcuts="Control+Z">
            {strings.undo}
          </button>
          <button type="button" className="oce-button" aria-disabled={!canRedo} onClick={store.redo} aria-keyshortcuts="Control+Shift+Z">
            {strings.redo}
          </button>
          <button type="button" className="oce-button" onClick={store.discard}>
            {strings.discardDraft}
          </button>
          {persistent && <span className="oce-toolbar__note">{strings.draftKept}</span>}
        </>
      )}
    </div>
  );
}
