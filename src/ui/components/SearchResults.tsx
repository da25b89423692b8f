import { useDeferredValue, useMemo } from 'react';
import type { ConfigSchema } from '../../core';
import { helpSummary } from '../model/helpBlocks';
import { searchRank } from '../model/matchesSearch';
import { useEditorUi } from '../state/EditorUiContext';
import { FieldLink } from './FieldLink';

const SHOWN_RESULTS = 50;

/** The options of every group that match the search, the best matches first, each a link to its field in its group. */
export function SearchResults({ schema, query }: { schema: ConfigSchema; query: string }) {
  const { strings } = useEditorUi();
  // Typing in the search box paints first; the schema is searched right after.
  const deferred = useDeferredValue(query.trim());
  // Exact names first, then names, old names and help; within each, the schema's order.
  const matches = useMemo(
    () =>
      deferred
        ? schema.groups
            .flatMap((group) =>
              group.options.flatMap((option) => {
                const rank = searchRank(group.name, option, deferred);
                return rank === null ? [] : [{ group: group.name, option, rank }];
              }),
            )
            .sort((a, b) => a.rank - b.rank)
        : [],
    [schema, deferred],
  );
  if (!deferred) return null;
  const groupCount = new Set(matches.map((match) => match.group)).size;
  return (
    <section className="oce-search-results" aria-label={strings.searchResults}>
      <p role="status" className="oce-hint">
        {strings.searchSummary(matches.length, groupCount, deferred)}
      </p>
      {matches.length > 0 && (
        <ul>
          {matches.slice(0, SHOWN_RESULTS).map(({ group, option }) => (
            <li key={`${group}\n${option.dest}`}>
              <FieldLink group={group} dest={option.dest}>
                [{group}] {option.dest}
              </FieldLink>
              {option.help && <span className="oce-hint"> {helpSummary(option.help)}</span>}
            </li>
          ))}
        </ul>
      )}
      {matches.length > SHOWN_RESULTS && <p className="oce-hint">{strings.moreResults(SHOWN_RESULTS)}</p>}
    </section>
  );
}
