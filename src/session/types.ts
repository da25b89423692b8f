import type { IniDocument, IniParseError } from '../core/ini/types';
import type { SectionStyle } from '../core/ini/writeSection';
import type { GroupFields } from './fieldState';

/** Where an imported file sets an option: oslo reads it from this line, maybe under an old name. */
export interface OptionSource {
  line: number;
  section: string;
  key: string;
  oldName: boolean;
}

/** A file the user imported: exporting gives it back with only the user's edits applied. */
export interface ImportedDocument {
  name: string;
  text: string;
  /** The text the user imported, where a fix has since rewritten lines of it: the export's diff is against it. */
  origin?: string;
  /** The text parsed, once: edits change its lines, not the text. */
  parsed: IniDocument;
  /** The fields as the file sets them; a field that differs from its baseline is an edit. */
  baseline: Record<string, GroupFields>;
  sources: Record<string, Record<string, OptionSource>>;
}

export interface ImportFailure {
  name: string;
  errors: IniParseError[];
}

/**
 * What the user must know about the draft kept in storage: a draft that could not be read was set aside (kept, under
 * `key`, with its `text`), or another page (a tab, a window) changed the draft this one shows, and nothing is saved
 * until the user chooses which to keep.
 */
export type DraftNotice =
  | { kind: 'set-aside'; reason: string; key: string; text: string }
  | { kind: 'changed-elsewhere'; theirs: 'draft' | 'discarded' | 'unreadable' };

export interface SessionState {
  /** The group whose form is shown. */
  group: string;
  /** Every option's field, by group; a group's object is new when one of its fields changes. */
  fields: Record<string, GroupFields>;
  document: ImportedDocument | null;
  style: SectionStyle;
  /** The last import that failed to parse, to show its errors; cleared by the next import. */
  importFailure: ImportFailure | null;
  /** The user chose to keep the values of secret options in the stored draft. */
  keepSecrets: boolean;
  notice: DraftNotice | null;
  canUndo: boolean;
  canRedo: boolean;
}
