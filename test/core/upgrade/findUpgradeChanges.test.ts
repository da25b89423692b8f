import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/findings/types';
import { parseIni } from '../../../src/core/ini/parseIni';
import { findUpgradeChanges } from '../../../src/core/upgrade/findUpgradeChanges';
import { FILE, one, two } from './releases';


const changes = (...texts: string[]) => findUpgradeChanges(one, two, texts.map((text, index) => ({ name: `file${index}.conf`, document: parseIni(text) })));
const brief = (findings: Finding[]) => findings.map((finding) => `${finding.upgrade!.change} ${finding.severity} ${finding.file ?? '-'}:${finding.line ?? '-'} ${finding.title}`);

describe('findUpgradeChanges', () => {
  it('reports every change of meaning, by kind: what breaks first, what only informs last', () => {
    expect(brief(changes(FILE))).toMatchInlineSnapshot(`
      [
        "refused warning file0.conf:5 two (2025.1) may refuse [DEFAULT] level = debug: oslo accepts 'debug' only if this option ignores case, which the schema does not say: write DEBUG, which it accepts either way",
        "refused error file0.conf:6 two (2025.1) refuses [DEFAULT] retries = 0: Should be greater than or equal to 1",
        "removed warning file0.conf:3 [DEFAULT] gone is gone in two (2025.1): the line is ignored from then on",
        "removed warning file0.conf:4 [DEFAULT] pool_size is gone in two (2025.1): the line is ignored from then on",
        "not-read warning file0.conf:2 two (2025.1) no longer reads [DEFAULT] sql_connection as [database] connection: the line is ignored from then on",
        "not-read warning file0.conf:2 two (2025.1) no longer reads [DEFAULT] sql_connection as [api_database] connection: the line is ignored from then on",
        "not-read warning file0.conf:13 two (2025.1) no longer reads [ironic] peers as [ironic] peer_list: the line is ignored from then on",
        "changed warning file0.conf:8 two (2025.1) reads [DEFAULT] size as 5 (integer), where one (2020.2) reads 5 (string)",
        "now-read warning file0.conf:9 two (2025.1) reads [DEFAULT] zone, which one (2020.2) ignores: [DEFAULT] zone = az1",
        "required warning -:- [DEFAULT] region is required in two (2025.1), and this file does not set it",
        "required warning -:- [service_user] auth_url is required in two (2025.1), and this file does not set it",
        "deprecated warning file0.conf:7 [DEFAULT] watch is deprecated for removal in two (2025.1)",
        "renamed info file0.conf:12 two (2025.1) reads [ironic] partition_key as [ironic] conductor_group, under an old name",
        "default info -:- The default of [DEFAULT] timeout changes in two (2025.1): 60 → 120",
        "default info -:- The default of [DEFAULT] ratio changes in two (2025.1): 16.0 → 4.0",
      ]
    `);
  });

  it('explains each change with what each release says, and a fix where there is one', () => {
    const findings = changes(FILE);
    const of = (change: string, option: string) => findings.find((finding) => finding.upgrade!.change === change && finding.option === option)!;
    expect(of('removed', 'pool_size')).toMatchInlineSnapshot(`
      {
        "explanation": "one (2020.2) reads this line as [DEFAULT] pool_size (integer, default 30). two (2025.1) has no such option, under this name or another: oslo.config ignores the line without a word, and the service does without it.
      two (2025.1) has [messaging] pool_size, of the same name, which does not read this line: see in its help whether it takes over.
      What to do: find what replaces it in two (2025.1)'s release notes, then delete the line (the rewrite comments it out, with a note).",
        "file": "file0.conf",
        "fix": {
          "edits": [
            {
              "action": "delete",
              "group": "DEFAULT",
              "line": 4,
              "option": "pool_size",
            },
          ],
          "label": "delete line 4",
        },
        "group": "DEFAULT",
        "kind": "upgrade",
        "line": 4,
        "option": "pool_size",
        "severity": "warning",
        "title": "[DEFAULT] pool_size is gone in two (2025.1): the line is ignored from then on",
        "upgrade": {
          "change": "removed",
          "from": {
            "group": "DEFAULT",
            "option": "pool_size",
            "release": "one (2020.2)",
            "says": "integer, default 30",
          },
          "to": {
            "group": null,
            "option": null,
            "release": "two (2025.1)",
            "says": "no such option",
          },
        },
      }
    `);
    expect(of('not-read', 'peer_list')).toMatchInlineSnapshot(`
      {
        "explanation": "one (2020.2) reads this line as [ironic] peer_list under an old name, which it logs as deprecated. two (2025.1) does not read [ironic] peers for [ironic] peer_list: oslo.config ignores the line without a word, and [ironic] peer_list is left at its default ('').
      What to do: write it as peer_list in [ironic], keeping the value (the rewrite does it).",
        "file": "file0.conf",
        "fix": {
          "edits": [
            {
              "action": "rename",
              "group": "ironic",
              "line": 13,
              "option": "peer_list",
            },
          ],
          "label": "move line 13 to [ironic] as peer_list, keeping the value",
        },
        "group": "ironic",
        "kind": "upgrade",
        "line": 13,
        "option": "peer_list",
        "severity": "warning",
        "title": "two (2025.1) no longer reads [ironic] peers as [ironic] peer_list: the line is ignored from then on",
        "upgrade": {
          "change": "not-read",
          "from": {
            "group": "ironic",
            "option": "peer_list",
            "release": "one (2020.2)",
            "says": "list, default ''",
          },
          "to": {
            "group": "ironic",
            "option": "peer_list",
            "release": "two (2025.1)",
            "says": "list, default ''",
          },
        },
      }
    `);
    expect(of('refused', 'retries').explanation).toMatchInlineSnapshot(`
      "one (2020.2) reads 0 from this line (integer, default 1). two (2025.1)'s option is integer, at least 1, default 1, and oslo.config refuses the value: Should be greater than or equal to 1.
      The service stops where it reads retries.
      What to do: set a value two (2025.1) accepts."
    `);
    expect(of('default', 'ratio')).toMatchInlineSnapshot(`
      {
        "explanation": "This file does not set [DEFAULT] ratio, so the service uses the default: 16.0 in one (2020.2), 4.0 in two (2025.1).
      What to do: nothing, to take the new default; to keep one (2020.2)'s behaviour, set ratio = 16.0 in [DEFAULT].",
        "fix": {
          "edits": [
            {
              "group": "DEFAULT",
              "option": "ratio",
              "value": 16,
            },
          ],
          "label": "set ratio = 16.0, as in one (2020.2)",
        },
        "group": "DEFAULT",
        "kind": "upgrade",
        "line": null,
        "option": "ratio",
        "severity": "info",
        "title": "The default of [DEFAULT] ratio changes in two (2025.1): 16.0 → 4.0",
        "upgrade": {
          "change": "default",
          "from": {
            "group": "DEFAULT",
            "option": "ratio",
            "release": "one (2020.2)",
            "says": "floating point, default 16.0",
          },
          "to": {
            "group": "DEFAULT",
            "option": "ratio",
            "release": "two (2025.1)",
            "says": "floating point, default 4.0",
          },
        },
      }
    `);
    expect(of('required', 'auth_url').explanation).toMatchInlineSnapshot(`
      "one (2020.2) has no such option; two (2025.1) refuses to start without a value wherever it registers the option.
      It belongs to the authentication plugin that [service_user] auth_type chooses.
      What to do: set auth_url in [service_user]."
    `);
  });

  it('finds nothing between a release and itself', () => {
    expect(findUpgradeChanges(one, one, [{ name: 'a.conf', document: parseIni(FILE) }])).toEqual([]);
    expect(findUpgradeChanges(two, two, [{ name: 'a.conf', document: parseIni(FILE) }])).toEqual([]);
  });

  it('reads several files as oslo does, the later winning: a line the later file overrides changes nothing', () => {
    const base = '[DEFAULT]\ntimeout = 60\n';
    expect(brief(changes(`${base}retries = 0\n`, '[DEFAULT]\nretries = 2\n'))).toEqual(brief(changes(base, '[DEFAULT]\nretries = 2\n')));
    expect(brief(changes(base, '[DEFAULT]\nretries = 0\n'))).toContain(
      'refused error file1.conf:2 two (2025.1) refuses [DEFAULT] retries = 0: Should be greater than or equal to 1',
    );
  });

  it('a required option of an authentication plugin matters once auth_type chooses one', () => {
    const required = (text: string) => changes(text).filter((finding) => finding.upgrade!.change === 'required').map((finding) => `${finding.option} ${finding.severity}`);
    expect(required('[service_user]\nauth_type = password\n')).toEqual(['region warning', 'auth_url warning']);
    expect(required('[DEFAULT]\nregion = r1\n')).toEqual(['auth_url info']);
  });
});
