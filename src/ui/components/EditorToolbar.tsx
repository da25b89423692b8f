import { useEditorUi } from '../state/EditorUiContext';
import { useSessionState, useSession } from '../state/useSession';

/** Undo, redo and discard the draft; whether secrets are kept in it, and shown. */
export function EditorToolbar({ persistent }: { persistent: boolean }) {
  const session = useSession();
  const { strings, readOnly, secretsShown, showSecrets } = useEditorUi();
  const canUndo = useSessionState((state) => state.canUndo);
  const canRedo = useSessionState((state) => state.canRedo);
  const keepSecrets = useSessionState((state) => state.keepSecrets);
  const hasSecrets = session.schema.groups.some((group) => group.options.some((option) => option.secret));
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
          {persistent && hasSecrets && (
            <label className="oce-check">
              <input type="checkbox" checked={keepSecrets} onChange={(event) => session.setKeepSecrets(event.currentTarget.checked)} />
              {strings.keepSecrets}
            </label>
          )}
          {persistent && <span className="oce-toolbar__note">{strings.draftKept}</span>}
        </>
      )}
      {hasSecrets && (
        <button type="button" className="oce-button" aria-pressed={secretsShown} onClick={() => showSecrets(!secretsShown)}>
          {strings.showSecrets}
        </button>
      )}
    </div>
  );
}
