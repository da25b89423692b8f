import { describe, expect, it } from 'vitest';
import { editDocument, type OptionEdit } from '../../../src/core/ini/editDocument';
import type { ConfigSchema } from '../../../src/core/schema/types';
import { diffLines } from '../../../src/core/ini/diffLines';
import { loadSchemaFixture, readFixture } from '../../support/fixtures';

const seed = loadSchemaFixture('seed-glance.json').schema;
const synthetic = loadSchemaFixture('synthetic.json').schema;

/** The edited text, with line endings shown. */
function edit(schema: ConfigSchema, text: string, edits: OptionEdit[]): string {
  const result = editDocument(schema, text, edits);
  if ('errors' in result) return `refused:\n${result.errors.map((error) => `  line ${error.line}: ${error.message}`).join('\n')}`;
  return result.text.replaceAll('\r\n', '⏎\r\n').replace(/\r(?!\n)/g, '␍');
}

/** The changed lines only, as a diff: `-12 old` and `+12 new` with line numbers. */
function changes(schema: ConfigSchema, text: string, edits: OptionEdit[]): string[] {
  const result = editDocument(schema, text, edits);
  if ('errors' in result) return result.errors.map((error) => `refused: line ${error.line}: ${error.message}`);
  const before = text.split('\n');
  const after = result.text.split('\n');
  const { removed, added } = diffLines(before, after);
  return [...removed.map((index) => `-${index + 1} ${before[index]}`), ...added.map((index) => `+${index + 1} ${after[index]}`)];
}

describe('editDocument: setting an option', () => {
  it('replaces its line in place, keeping how it was written', () => {
    const text = '[glance]\nnum_retries=1\ntimeout : 5\ncafile = /old\n';
    expect(
      edit(seed, text, [
        { group: 'glance', option: 'num_retries', value: 3 },
        { group: 'glance', option: 'timeout', value: null },
        { group: 'glance', option: 'cafile', value: ' /new $path ' },
      ]),
    ).toMatchInlineSnapshot(`
      "[glance]
      num_retries=3
      timeout :
      cafile = " /new $$path "
      "
    `);
  });

  it('replaces a continued value whole, and the last of duplicate lines (dropping the others)', () => {
    const text = '[glance]\napi_servers = http://a:9292,\n    http://b:9292\nnum_retries = 1\n[GLANCE]\nnum_retries = 2\n';
    expect(
      edit(seed, text, [
        { group: 'glance', option: 'api_servers', value: ['https://c:9292'] },
        { group: 'glance', option: 'num_retries', value: 5 },
      ]),
    ).toMatchInlineSnapshot(`
      "[glance]
      api_servers = https://c:9292
      [GLANCE]
      num_retries = 5
      "
    `);
  });

  it('inserts a new option under its commented sample line', () => {
    expect(changes(seed, readFixture('seed-glance.sample.conf'), [{ group: 'glance', option: 'num_retries', value: 3 }])).toMatchInlineSnapshot(`
      [
        "+49 num_retries = 3",
      ]
    `);
  });

  it('else after the last value of the section, else under its header', () => {
    expect(edit(seed, '[glance]\n# no sample line\ntimeout = 1\n\n[other]\nx = 1\n', [{ group: 'glance', option: 'num_retries', value: 2 }])).toMatchInlineSnapshot(`
      "[glance]
      # no sample line
      timeout = 1
      num_retries = 2

      [other]
      x = 1
      "
    `);
    expect(edit(seed, '[glance]\n[other]\n', [{ group: 'glance', option: 'num_retries', value: 2 }])).toMatchInlineSnapshot(`
      "[glance]
      num_retries = 2
      [other]
      "
    `);
  });

  it('appends a missing section, ending the last line first', () => {
    expect(edit(seed, '[DEFAULT]\ndebug = true', [{ group: 'glance', option: 'num_retries', value: 2 }])).toMatchInlineSnapshot(`
      "[DEFAULT]
      debug = true

      [glance]
      num_retries = 2
      "
    `);
    expect(edit(seed, '', [{ group: 'glance', option: 'api_insecure', value: false }])).toMatchInlineSnapshot(`
      "[glance]
      api_insecure = false
      "
    `);
  });

  it('keeps CRLF line endings, and a missing final newline', () => {
    expect(edit(seed, '[glance]\r\nnum_retries = 1\r\ntimeout = 2', [
      { group: 'glance', option: 'timeout', value: 30 },
      { group: 'glance', option: 'cafile', value: 'x' },
    ])).toMatchInlineSnapshot(`
      "[glance]⏎
      num_retries = 1⏎
      timeout = 30⏎
      cafile = x"
    `);
  });

  it('writes a multi valued option as one line per item, where its first line was', () => {
    expect(edit(synthetic, '[p]\nm = a\ni = 1\nm = b\n', [{ group: 'p', option: 'm', value: ['x', 'y', ' z '] }])).toMatchInlineSnapshot(`
      "[p]
      m = x
      m = y
      m = " z "
      i = 1
      "
    `);
  });
});

describe('editDocument: unsetting an option', () => {
  it('removes its lines, continuation lines included', () => {
    expect(
      edit(seed, '[glance]\napi_servers = http://a:9292,\n    http://b:9292\nnum_retries = 1\n', [{ group: 'glance', option: 'api_servers' }]),
    ).toMatchInlineSnapshot(`
      "[glance]
      num_retries = 1
      "
    `);
  });

  it('leaves a file without the option as it was', () => {
    const text = '[glance]\r\n# nothing here\r\n';
    expect(edit(seed, text, [{ group: 'glance', option: 'timeout' }])).toMatchInlineSnapshot(`
      "[glance]⏎
      # nothing here⏎
      "
    `);
  });
});

describe('editDocument: refusals leave the file alone', () => {
  it('when the file does not parse', () => {
    expect(edit(seed, '[glance]\nnum_retries 1\n  x\n', [{ group: 'glance', option: 'timeout', value: 1 }])).toMatchInlineSnapshot(`
      "refused:
        line 2: the file does not parse, so it is left alone: line 2: No ':' or '=' found in assignment: 'num_retries 1'
        line 3: the file does not parse, so it is left alone: line 3: Unexpected continuation line: '  x'"
    `);
  });

  it('when an option is unknown or a value cannot be written', () => {
    expect(
      edit(seed, '[glance]\ncafile = a\n', [
        { group: 'glance', option: 'nope', value: 1 },
        { group: 'glance', option: 'cafile', value: 'two\nlines' },
      ]),
    ).toMatchInlineSnapshot(`
      "refused:
        line null: no option "nope" in [glance]
        line 2: cafile contains a line break, which an INI value cannot hold"
    `);
  });

  it('when an old name would still set the option after an unset, or add to a multi valued one', () => {
    expect(edit(seed, '[glance]\ncafile = new\n[ssl]\nca_file = old\n', [{ group: 'glance', option: 'cafile' }])).toMatchInlineSnapshot(`
      "refused:
        line 4: cannot unset cafile: line 4 ([ssl] ca_file) still sets it under its old name; remove or migrate that line too"
    `);
    expect(edit(synthetic, '[p]\nm = a\nm_old = b\n', [{ group: 'p', option: 'm', value: ['c'] }])).toMatchInlineSnapshot(`
      "refused:
        line 3: cannot set m: line 3 ([p] m_old) still adds values to it under its old name; remove or migrate that line too"
    `);
  });
});
