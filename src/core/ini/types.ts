export type LineEnding = '\n' | '\r\n' | '\r' | '';

export type LineKind = 'blank' | 'comment' | 'section' | 'entry' | 'continuation' | 'invalid';

export interface IniLine {
  /** 1-based, as editors and oslo's errors count. */
  number: number;
  /** The line without its ending, byte for byte. */
  text: string;
  eol: LineEnding;
  kind: LineKind;
}

export interface IniSection {
  /** The name between the brackets, as written. */
  name: string;
  /** The name oslo looks options up by (`DEFAULT`, else lower case). */
  normalized: string;
  line: number;
}

export interface IniEntry {
  section: IniSection;
  key: string;
  /** The value oslo's parser hands on: stripped, one outer quote pair removed, continuations joined by \n. */
  value: string;
  line: number;
  /** The last continuation line of the value (the same as `line` for a one-line value). */
  endLine: number;
}

export interface IniParseError {
  line: number;
  message: string;
}

/** A parsed INI file that keeps every byte: `lines` joined with their endings give back the text. */
export interface IniDocument {
  lines: IniLine[];
  sections: IniSection[];
  entries: IniEntry[];
  errors: IniParseError[];
}
