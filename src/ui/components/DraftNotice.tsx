import { useEditorUi } from '../state/EditorUiContext';
import { useSession, useSessionState } from '../state/useSession';

/** What the user must decide about the draft kept in the browser: a draft set aside, or one changed elsewhere. */
export function DraftNotice() {
  const session = useSession();
  const { strings } = useEditorUi();
  const notice = useSessionState((state) => state.notice);
  if (!notice) return null;
  if (notice.kind === 'set-aside') {
    const download = () => {
      const url = URL.createObjectURL(new Blob([notice.text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = 'set-aside-draft.json';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    };
    return (
      <div className="oce-notice" role="alert">
        <p>{strings.draftSetAside(notice.reason)}</p>
        <div className="oce-notice__actions">
          <button type="button" className="oce-button" onClick={download}>
            {strings.downloadSetAside}
          </button>
          <button type="button" className="oce-button" onClick={() => session.dismissNotice(true)}>
            {strings.deleteSetAside}
          </button>
          <button type="button" className="oce-button" onClick={() => session.dismissNotice()}>
            {strings.closeNotice}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="oce-notice" role="alert">
      <p>{strings.draftChangedElsewhere(notice.theirs)}</p>
      <div className="oce-notice__actions">
        {notice.theirs !== 'unreadable' && (
          <button type="button" className="oce-button" onClick={() => session.keepDraft('theirs')}>
            {strings.loadTheirs}
          </button>
        )}
        <button type="button" className="oce-button" onClick={() => session.keepDraft('mine')}>
          {strings.keepMine}
        </button>
      </div>
    </div>
  );
}
