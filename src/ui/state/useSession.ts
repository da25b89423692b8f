import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AdvisoryEntry, Finding } from '../../core';
import { advisoryEntries } from '../model/advisoryEntries';
import { fieldKey, type EditorSession, type ExportView, type FieldProblem, type FieldState, type SessionState } from '../../session';

export const SessionContext = createContext<EditorSession | null>(null);

export function useSession(): EditorSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession: no SessionContext provider above this component');
  return session;
}

/** A slice of the session's state; the component re-renders only when the slice changes (by identity). */
export function useSessionState<T>(select: (state: SessionState) => T): T {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, () => select(session.getState()));
}

/** One option's field, and why it cannot be exported as it is. */
export function useField(group: string, dest: string): { field: FieldState; problem: FieldProblem | null } {
  const session = useSession();
  const field = useSessionState((state) => state.fields[group]![dest]!);
  // Worked out once per field state, so reading it on each render is free.
  return { field, problem: session.problemOf(group, dest) };
}

/** The export and its findings, as last published (just after the latest change). */
export function useExportView(): ExportView {
  const session = useSession();
  return useSyncExternalStore(session.subscribeExport, session.getPublishedExport);
}

const NO_FINDINGS: Finding[] = [];

/** The findings about one option; a stable empty list when there are none. */
export function useFieldFindings(group: string, dest: string): Finding[] {
  const session = useSession();
  return useSyncExternalStore(
    session.subscribeExport,
    () => session.getPublishedExport().findingsByField.get(fieldKey(group, dest)) ?? NO_FINDINGS,
  );
}

const NO_ENTRIES: AdvisoryEntry[] = [];
// The entries of one field, kept while the field's findings are the same array, so that it does not re-render.
const fieldEntries = new WeakMap<Finding[], AdvisoryEntry[]>();

/**
 * The advisory entries that concern one option: each line with a finding about it, with every finding on that line
 * (an old name's line may concern two options). Stable while the option's findings are.
 */
export function useFieldEntries(group: string, dest: string): AdvisoryEntry[] {
  const session = useSession();
  const findings = useFieldFindings(group, dest);
  if (findings === NO_FINDINGS) return NO_ENTRIES;
  let entries = fieldEntries.get(findings);
  if (!entries) {
    const all = advisoryEntries(session.getPublishedExport());
    fieldEntries.set(findings, (entries = all.filter((entry) => entry.findings.some((finding) => finding.group === group && finding.option === dest))));
  }
  return entries;
}
