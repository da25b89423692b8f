import { useMemo } from 'react';
import { findSecretEntries } from '../../core/ini/findSecretEntries';
import type { ConfigSchema } from '../../core';
import type { IniDocument } from '../../core/ini/types';
import type { SessionState } from '../../session';
import { maskSecrets } from '../model/maskSecrets';
import { useEditorUi } from './EditorUiContext';
import { useSession, useSessionState } from './useSession';

const SEPARATOR = '\u0000';
const known = new WeakMap<SessionState, string>();
const inFiles = new WeakMap<IniDocument, string[]>();

/** The values of the secret options in a state (typed, or in the imported file), joined: worked out once per state. */
function secretsOf(schema: ConfigSchema, state: SessionState): string {
  let joined = known.get(state);
  if (joined !== undefined) return joined;
  const secrets = new Set<string>();
  const parsed = state.document?.parsed;
  if (parsed) {
    let values = inFiles.get(parsed);
    if (!values) inFiles.set(parsed, (values = findSecretEntries(schema, parsed).map((entry) => entry.value)));
    for (const value of values) if (value) secrets.add(value);
  }
  for (const group of schema.groups) {
    for (const option of group.options) {
      if (!option.secret) continue;
      for (const field of [state.fields[group.name]?.[option.dest], state.document?.baseline[group.name]?.[option.dest]]) {
        if (field?.set && !field.withheld) for (const value of [field.value].flat()) if (typeof value === 'string' && value) secrets.add(value);
      }
    }
  }
  joined = [...secrets].join(SEPARATOR);
  known.set(state, joined);
  return joined;
}

/** Masks the secrets of the session in a text shown to the user, until the user shows them. */
export function useSecretMask(): (text: string) => string {
  const session = useSession();
  const { secretsShown } = useEditorUi();
  // A text, so that a change elsewhere in the state does not render again.
  const joined = useSessionState((state) => (secretsShown ? '' : secretsOf(session.schema, state)));
  return useMemo(() => {
    const secrets = joined ? joined.split(SEPARATOR) : [];
    return secrets.length ? (text: string) => maskSecrets(text, secrets) : (text: string) => text;
  }, [joined]);
}
