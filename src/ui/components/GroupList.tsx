import { memo, useMemo, useSyncExternalStore } from 'react';
import type { ConfigSchema, GroupSchema } from '../../core';
import type { GroupFields } from '../../session';
import { useEditorUi } from '../state/EditorUiContext';
import { useSessionState, useSession } from '../state/useSession';

/**
 * Every group with options, with how many of its options are set, wrong and flagged; a button shows the group (and,
 * narrow, closes the list, which is then a menu).
 */
export function GroupList({ id, schema, onChosen }: { id: string; schema: ConfigSchema; onChosen(): void }) {
  const { strings } = useEditorUi();
  const groups = useMemo(() => schema.groups.filter((group) => group.options.length), [schema]);
  return (
    <nav id={id} className="oce-groups" aria-label={strings.groups}>
      <ul>
        {groups.map((group) => (
          <GroupListItem key={group.name} group={group} onChosen={onChosen} />
        ))}
      </ul>
    </nav>
  );
}

const GroupListItem = memo(function GroupListItem({ group, onChosen }: { group: GroupSchema; onChosen(): void }) {
  const session = useSession();
  const { strings } = useEditorUi();
  const current = useSessionState((state) => state.group === group.name);
  const set = useSessionState((state) => countSet(state.fields[group.name]));
  const invalid = useSyncExternalStore(session.subscribeExport, () => session.getPublishedExport().groupStatus.get(group.name)?.invalid ?? 0);
  const flagged = useSyncExternalStore(session.subscribeExport, () => session.getPublishedExport().groupStatus.get(group.name)?.flagged ?? 0);
  return (
    <li>
      <button
        type="button"
        className="oce-groups__item"
        aria-current={current ? 'true' : undefined}
        onClick={() => {
          session.showGroup(group.name);
          onChosen();
        }}
      >
        <span className="oce-groups__name">[{group.name}]</span>
        <span className="oce-groups__counts">
          <span className="oce-hint">{strings.optionCount(group.options.length)}</span>
          {set > 0 && <span className="oce-count oce-count--set">{strings.setCount(set)}</span>}
          {invalid > 0 && <span className="oce-count oce-count--invalid">{strings.invalidCount(invalid)}</span>}
          {flagged > 0 && <span className="oce-count oce-count--flagged">{strings.flaggedCount(flagged)}</span>}
        </span>
      </button>
    </li>
  );
});

// Counted once per state of a group's fields: typing in one group recounts that group only.
const setCounts = new WeakMap<GroupFields, number>();

function countSet(fields: GroupFields | undefined): number {
  if (!fields) return 0;
  let count = setCounts.get(fields);
  if (count === undefined) {
    count = Object.values(fields).filter((field) => field.set).length;
    setCounts.set(fields, count);
  }
  return count;
}
