import { describe, expect, it } from 'vitest';
import { findDeadLines } from '../../../src/core/findings/findDeadLines';
import { resolve, schemaOf, seed } from './helpers';

const brief = (...texts: string[]) =>
  findDeadLines(resolve(seed, ...texts)).map(({ file, line, kind, severity, title, explanation, fix }) => ({ file, line, kind, severity, title, explanation, fix }));

describe('findDeadLines', () => {
  it('old and new name in one file: the new name wins, the old line is dead', () => {
    expect(brief('[ssl]\nca_file = /old\n[glance]\ncafile = /new\n')).toMatchInlineSnapshot(`
      [
        {
          "explanation": "[ssl] ca_file is an old name of [glance] cafile. In one file, oslo.config reads the option's own name (line 4) whatever the order of the lines, and ignores the old name without a warning.
      This line has no effect. Delete it, or if its value is the one you mean, put that value on the line that is read.",
          "file": "file0.conf",
          "fix": {
            "edits": [
              {
                "action": "delete",
                "group": "glance",
                "line": 2,
                "option": "cafile",
              },
            ],
            "label": "delete line 2",
          },
          "kind": "conflict",
          "line": 2,
          "severity": "warning",
          "title": "[ssl] ca_file is ignored: [glance] cafile is set in the same file",
        },
      ]
    `);
  });

  it('the same with the lines the other way round', () => {
    expect(brief('[glance]\ncafile = /new\n[ssl]\nca_file = /old\n').map((f) => [f.line, f.title])).toEqual([
      [4, '[ssl] ca_file is ignored: [glance] cafile is set in the same file'],
    ]);
  });

  it('an earlier duplicate key is dead', () => {
    expect(brief('[glance]\nnum_retries = 1\n[GLANCE]\nnum_retries = 2\n')).toMatchInlineSnapshot(`
      [
        {
          "explanation": "When a key appears more than once in a group, oslo.config reads only the last one (line 4) and ignores the others, without a warning.
      This line has no effect. Delete it, or if its value is the one you mean, put that value on the line that is read.",
          "file": "file0.conf",
          "fix": {
            "edits": [
              {
                "action": "delete",
                "group": "glance",
                "line": 2,
                "option": "num_retries",
              },
            ],
            "label": "delete line 2",
          },
          "kind": "conflict",
          "line": 2,
          "severity": "warning",
          "title": "[glance] num_retries is set again on line 4: this line is ignored",
        },
      ]
    `);
  });

  it('across files: a later file wins even through an old name', () => {
    expect(brief('[glance]\ncafile = /new\n', '[ssl]\nca_file = /old\n')).toMatchInlineSnapshot(`
      [
        {
          "explanation": "Both lines set [glance] cafile. With several files, the later file wins, even when it uses an old name: oslo.config reads line 2 of file1.conf and logs a deprecation warning for it.
      This line has no effect. Delete it, or if its value is the one you mean, put that value on the line that is read.",
          "file": "file0.conf",
          "fix": undefined,
          "kind": "conflict",
          "line": 2,
          "severity": "warning",
          "title": "[glance] cafile is overridden by [ssl] ca_file in file1.conf",
        },
      ]
    `);
  });

  it('plain layering of the same key across files is not reported', () => {
    expect(brief('[glance]\nnum_retries = 1\n', '[glance]\nnum_retries = 2\n')).toEqual([]);
  });

  it('api_insecure next to insecure is not dead: it is read as itself', () => {
    expect(brief('[glance]\napi_insecure = true\ninsecure = false\n')).toEqual([]);
    expect(findDeadLines(resolve(seed, '[glance]\napi_insecure = false\napi_insecure = true\n')).map((f) => [f.line, f.option])).toEqual([[2, 'api_insecure']]);
  });

  it('quiet on a file that sets each option once', () => {
    expect(brief('[glance]\nnum_retries = 1\ncafile = /a\n[ssl]\ncert_file = /c\n')).toEqual([]);
  });

  it('multi valued options gather every line: nothing is dead', () => {
    const multi = schemaOf([{ name: 'm', type: 'multi valued', deprecated_opts: [{ group: 'p', name: 'm_old' }] }]);
    expect(findDeadLines(resolve(multi, '[p]\nm = a\nm = b\nm_old = c\n'))).toEqual([]);
  });
});
