import { useEditorUi } from '../state/EditorUiContext';
import { useSessionState, useSession } from '../state/useSession';

/** Undo, redo and discard the draft. */
export function EditorToolbar({ persistent }: { persistent: boolean }) {
  const session = useSession();
  const { strings, readOnly } = useEditorUi();
  const canUndo = useSessionState((state) => state.canUndo);
  const canRedo = useSessionState((state) => state.canRedo);
  return (
    <div className="oce-toolbar" role="toolbar" aria-label={strings.draftToolbar}>
      {!readOnly && (
        <>
          {/* aria-disabled, not disabled: the focus stays on the button when the history runs out. */}
          <button type="button" className="oce-button" aria-disabled={!canUndo} onClick={session.undo} aria-keyshortcuts="Control+Z">
            {strings.undo}
          </button>
          <button type="button" className="oce-button" aria-disabled={!canRedo} onClick={session.redo} aria-keyshortcuts="Control+Shift+Z">
            {strings.redo}
          </button>
          <button type="button" className="oce-button" onClick={session.discard}>
            {strings.discardDraft}
          </button>
          {persistent && <span className="oce-toolbar__note">{strings.draftKept}</span>}
        </>
      )}
    </div>
  );
}
