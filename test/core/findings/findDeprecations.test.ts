import { describe, expect, it } from 'vitest';
import { findDeprecations } from '../../../src/core/findings/findDeprecations';
import { resolve, schemaOf, seed } from './helpers';

const brief = (text: string, schema = seed) =>
  findDeprecations(resolve(schema, text)).map(({ line, kind, severity, title, explanation, fix }) => ({ line, kind, severity, title, explanation, fix }));

describe('findDeprecations', () => {
  it('an old name in another group: what oslo logs and how to move it', () => {
    expect(brief('[ssl]\nca_file = /ca.pem\n')).toMatchInlineSnapshot(`
      [
        {
          "explanation": "oslo.config still reads this line as [glance] cafile, and logs: Deprecated: Option "ca_file" from group "ssl" is deprecated. Use option "cafile" from group "glance".
      A future release may stop reading the old name; cafile would then silently go back to its default.
      What to do: write it as cafile in [glance], keeping the value (\`migrate\` does it for the whole file).",
          "fix": {
            "edits": [
              {
                "action": "rename",
                "group": "glance",
                "line": 2,
                "option": "cafile",
              },
            ],
            "label": "move line 2 to [glance] as cafile, keeping the value",
          },
          "kind": "deprecated",
          "line": 2,
          "severity": "warning",
          "title": "[ssl] ca_file is the old name of [glance] cafile",
        },
      ]
    `);
  });

  it('an old name that is also an option of its own (api_insecure)', () => {
    expect(brief('[glance]\napi_insecure = true\n')).toMatchInlineSnapshot(`
      [
        {
          "explanation": "oslo.config reads this line twice: as the option api_insecure itself, and, because insecure is not set in this file or a later one, as [glance] insecure under its old name. So insecure = true too.
      oslo.config logs: Deprecated: Option "api_insecure" from group "glance" is deprecated. Use option "insecure" from group "glance".
      A future release may stop reading the old name; insecure would then silently go back to its default.
      What to do: set insecure = true on a line of its own next to this one (\`migrate\` does it): oslo then reads insecure from its own line, api_insecure keeps its meaning, and nothing is logged.",
          "fix": {
            "edits": [
              {
                "action": "copy",
                "group": "glance",
                "line": 2,
                "option": "insecure",
              },
            ],
            "label": "add insecure = true next to line 2, keeping api_insecure",
          },
          "kind": "deprecated",
          "line": 2,
          "severity": "warning",
          "title": "[glance] api_insecure also sets [glance] insecure, as its old name",
        },
      ]
    `);
  });

  it('quiet when the own name is set in the same file, whatever the order', () => {
    expect(brief('[ssl]\nca_file = /a\n[glance]\ncafile = /b\n')).toEqual([]);
    expect(brief('[glance]\ninsecure = false\napi_insecure = true\n')).toEqual([]);
  });

  it('quiet on a file without old names, and on old names in the wrong group', () => {
    expect(brief('[glance]\ncafile = /a\ninsecure = true\n')).toEqual([]);
    expect(brief('[glance]\nca_file = /a\n[ssl]\ncafile = /b\n')).toEqual([]);
  });

  it('across files, reports the old name in the later file that wins', () => {
    const findings = findDeprecations(resolve(seed, '[glance]\ninsecure = false\n', '[glance]\napi_insecure = true\n'));
    expect(findings.map((f) => [f.file, f.line, f.title])).toEqual([['file1.conf', 2, '[glance] api_insecure also sets [glance] insecure, as its old name']]);
  });

  it('section names as oslo folds them: [SSL] is [ssl]', () => {
    expect(brief('[SSL]\nkey_file = /k\n').map((f) => f.title)).toEqual(['[SSL] key_file is the old name of [glance] keyfile']);
  });

  const removal = schemaOf([
    { name: 'old', deprecated_for_removal: true, deprecated_reason: 'Use the\n  service catalog instead.', deprecated_since: '21.0.0' },
    { name: 'bare', deprecated_for_removal: true },
    { name: 'kept' },
  ]);

  it('deprecated for removal: reason, since which release, and that the value may be silently ignored', () => {
    expect(brief('[p]\nold = x\n', removal)).toMatchInlineSnapshot(`
      [
        {
          "explanation": "This option is deprecated for removal since 21.0.0: a future release will stop reading it, and its value may then be silently ignored, without an error.
      The reason the schema gives: Use the service catalog instead.
      oslo.config logs: Deprecated: Option "old" from group "p" is deprecated for removal (Use the
        service catalog instead.).  Its value may be silently ignored in the future.
      What to do: move to what replaces it before you upgrade, then delete this line.",
          "fix": undefined,
          "kind": "deprecated",
          "line": 2,
          "severity": "warning",
          "title": "[p] old is deprecated for removal since 21.0.0",
        },
      ]
    `);
  });

  it('deprecated for removal without a reason or release', () => {
    expect(brief('[p]\nbare = x\n', removal)[0]?.explanation).toMatchInlineSnapshot(`
      "This option is deprecated for removal: a future release will stop reading it, and its value may then be silently ignored, without an error.
      The schema gives no reason.
      oslo.config logs: Deprecated: Option "bare" from group "p" is deprecated for removal.  Its value may be silently ignored in the future.
      What to do: move to what replaces it before you upgrade, then delete this line."
    `);
  });

  it('quiet when an option deprecated for removal is not set', () => {
    expect(brief('[p]\nkept = x\n', removal)).toEqual([]);
  });

  it('a multi valued option reports each old-name line oslo reads', () => {
    const multi = schemaOf([{ name: 'm', type: 'multi valued', deprecated_opts: [{ group: 'p', name: 'm_old' }] }]);
    expect(brief('[p]\nm = x\nm_old = a\nm_old = b\n', multi).map((f) => f.line)).toEqual([3, 4]);
  });
});
