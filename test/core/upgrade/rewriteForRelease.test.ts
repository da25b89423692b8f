import { describe, expect, it } from 'vitest';
import { parseIni } from '../../../src/core/ini/parseIni';
import { resolveConfig } from '../../../src/core/ini/resolveConfig';
import { matchOptions } from '../../../src/core/upgrade/matchOptions';
import { rewriteForRelease } from '../../../src/core/upgrade/rewriteForRelease';
import { FILE, one, two } from './releases';

const rewritten = (text: string) => {
  const result = rewriteForRelease(one, two, text);
  if (!('text' in result)) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result;
};

describe('rewriteForRelease', () => {
  it('writes each line under a name the later release reads, comments out what it no longer has, and leaves the rest', () => {
    const result = rewritten(FILE);
    expect(result.text).toMatchInlineSnapshot(`
      "[DEFAULT]
      sql_connection = mysql://db/nova
      # two (2025.1) has no option [DEFAULT] gone and ignores this line.
      #gone = true
      # two (2025.1) has no option [DEFAULT] pool_size and ignores this line.
      #pool_size = 40
      level = debug
      retries = 0
      watch = true
      size = 5
      zone = az1

      [ironic]
      conductor_group = rack-1
      peer_list = a,b

      [service_user]
      auth_type = password
      "
    `);
    expect(result.edits).toMatchInlineSnapshot(`
      [
        {
          "action": "commented",
          "from": "[DEFAULT] gone",
          "line": 3,
          "to": null,
        },
        {
          "action": "commented",
          "from": "[DEFAULT] pool_size",
          "line": 4,
          "to": null,
        },
        {
          "action": "renamed",
          "from": "[ironic] partition_key",
          "line": 12,
          "to": "[ironic] conductor_group",
        },
        {
          "action": "renamed",
          "from": "[ironic] peers",
          "line": 13,
          "to": "[ironic] peer_list",
        },
      ]
    `);
    expect(result.leftAlone).toMatchInlineSnapshot(`
      [
        {
          "line": 2,
          "message": "[DEFAULT] sql_connection is the old name of [database] connection and [api_database] connection, which oslo all read from this line; one name cannot carry it to all: write each option's own line by hand",
        },
      ]
    `);
  });

  it('the later release reads from the rewrite what the earlier one read from the file, under the names carried over', () => {
    const text = '[DEFAULT]\nretries = 3\n[ironic]\npartition_key = rack-1\npeers = a, b\n';
    const before = resolveConfig(one.schema, [{ name: '', document: parseIni(text) }]);
    const after = resolveConfig(two.schema, [{ name: '', document: parseIni(rewritten(text).text) }]);
    const { successors } = matchOptions(one, two);
    const read = (resolution: typeof before, group: string, dest: string) => resolution.options.get(group)!.get(dest)!;
    for (const [group, options] of before.options) {
      for (const [dest, was] of options) {
        const option = one.schema.groups.find((candidate) => candidate.name === group)!.options.find((candidate) => candidate.dest === dest)!;
        const successor = successors.get(option);
        if (!was.isSet || !successor) continue;
        const now = read(after, successor.group, successor.option.dest);
        expect({ [`${group}.${dest}`]: now.value }).toEqual({ [`${group}.${dest}`]: was.value });
        expect(now.sources.every((source) => !source.oldName)).toBe(true);
      }
    }
  });

  it('keeps line endings and comments out every line of a value that goes on', () => {
    expect(rewritten('[DEFAULT]\r\ngone = true\r\npool_size =\r\n  40\r\nretries = 2').text).toBe(
      '[DEFAULT]\r\n# two (2025.1) has no option [DEFAULT] gone and ignores this line.\r\n#gone = true\r\n' +
        '# two (2025.1) has no option [DEFAULT] pool_size and ignores this line.\r\n#pool_size =\r\n#  40\r\nretries = 2',
    );
  });

  it('changes nothing in a file that means the same, and refuses one that does not parse', () => {
    expect(rewritten('[DEFAULT]\nretries = 3\n# a comment\n')).toEqual({ text: '[DEFAULT]\nretries = 3\n# a comment\n', edits: [], leftAlone: [] });
    expect(rewriteForRelease(one, two, 'retries = 3\n')).toMatchInlineSnapshot(`
      {
        "errors": [
          {
            "line": 1,
            "message": "the file does not parse, so oslo reads nothing from it: Section must be started before assignment: None",
          },
        ],
      }
    `);
  });
});
