// Options marked required, against the REAL oslo.config: oslo refuses to start when one is None (set empty, or left
// unset without a default) or fails to read. We report a required option's None where the file sets it empty, in
// oslo's words; one left unset is not reported (the generator lists options of drivers and auth plugins a service
// may never register, and oslo checks only what is registered).
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/core/checkFiles';
import { loadSchemaFixture } from '../support/fixtures';
import { readWithOslo } from './oslo';

const { raw, schema } = loadSchemaFixture('required.json');

const CASES = [
  '[DEFAULT]\nworkers =\n[db]\npool = 1\n',
  '[db]\npool =\n',
  '[DEFAULT]\ndb_pool =\n',
  '[db]\nconnection =\n',
  '[db]\npool = 2\nconnection =\nhosts =\n',
  '[DEFAULT]\nworkers = $nope\n[db]\npool = 1\n',
];

describe('required options against oslo.config', () => {
  it('says what oslo refuses to start on, in its words, where the file sets the option', async () => {
    const results = await readWithOslo(raw, CASES.map((text) => ({ files: [text] })));
    const rows = CASES.map((text, index) => {
      const ours = checkFiles(schema, [{ name: 'a.conf', text }]).findings.filter((finding) => finding.kind === 'invalid').map((finding) => `${finding.line}: ${finding.title}`);
      return { text, oslo: results[index]!.required_error?.message ?? 'starts', ours };
    });
    expect(rows).toMatchInlineSnapshot(`
      [
        {
          "oslo": "value required for option workers in group [DEFAULT]",
          "ours": [
            "2: value required for option workers in group [DEFAULT]: the service refuses this empty value wherever it reads the option",
          ],
          "text": "[DEFAULT]
      workers =
      [db]
      pool = 1
      ",
        },
        {
          "oslo": "value required for option pool in group [db]",
          "ours": [
            "2: value required for option pool in group [db]: the service refuses this empty value wherever it reads the option",
          ],
          "text": "[db]
      pool =
      ",
        },
        {
          "oslo": "value required for option pool in group [db]",
          "ours": [
            "2: value required for option pool in group [db]: the service refuses this empty value wherever it reads the option",
          ],
          "text": "[DEFAULT]
      db_pool =
      ",
        },
        {
          "oslo": "value required for option pool in group [db]",
          "ours": [],
          "text": "[db]
      connection =
      ",
        },
        {
          "oslo": "starts",
          "ours": [],
          "text": "[db]
      pool = 2
      connection =
      hosts =
      ",
        },
        {
          "oslo": "no such option nope in group [DEFAULT]",
          "ours": [
            "2: [DEFAULT] workers: oslo.config refuses it: no such option workers in group [DEFAULT] (reading it fails with: no such option nope in group [DEFAULT])",
          ],
          "text": "[DEFAULT]
      workers = $nope
      [db]
      pool = 1
      ",
        },
      ]
    `);
  });
});
