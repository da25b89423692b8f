import type { ConfigSchema } from '../../core';
import { useEditorUi } from '../state/EditorUiContext';
import { useEditorState, useEditorStore } from '../state/useEditorStore';

/** Undo, redo, discard the draft, and the group to edit when the schema has several. */
export function EditorToolbar({ schema, persistent }: { schema: ConfigSchema; persistent: boolean }) {
  const store = useEditorStore();
  const { strings, readOnly } = useEditorUi();
  const canUndo = useEditorState((state) => state.canUndo);
  const canRedo = useEditorState((state) => state.canRedo);
  const group = useEditorState((state) => state.group);
  const groups = schema.groups.filter((candidate) => candidate.options.length);
  return (
    <div className="oce-toolbar" role="toolbar" aria-label={strings.draftToolbar}>
      {groups.length > 1 && (
        <label className="oce-toolbar__group">
          {strings.group}{' '}
          <select className="oce-input oce-select" value={group} onChange={(event) => store.showGroup(event.currentTarget.value)}>
            {groups.map((candidate) => (
              <option key={candidate.name} value={candidate.name}>
                [{candidate.name}] ({candidate.options.length})
              </option>
            ))}
          </select>
        </label>
      )}
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
