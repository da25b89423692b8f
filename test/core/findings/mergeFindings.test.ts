import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../../src/core/checkFiles';
import { chooseFix } from '../../../src/core/chooseFix';
import { mergeFindings } from '../../../src/core/findings/mergeFindings';
import { loadSchemaFixture } from '../../support/fixtures';

const { schema } = loadSchemaFixture('seed-glance.json');
const file = (text: string) => ({ name: 'nova.conf', text });

describe('one entry per problem, and one clear fix', () => {
  it('merges the findings of one api_insecure = true line into one entry, the worst first', () => {
    const nova = file('[glance]\napi_insecure = true\ncafile = /etc/ca.pem\n');
    const entries = mergeFindings(checkFiles(schema, [nova]).findings);
    expect(entries.map((entry) => ({ line: entry.line, kinds: entry.kinds, titles: entry.findings.map((finding) => finding.title) }))).toMatchInlineSnapshot(`
      [
        {
          "kinds": [
            "insecure",
            "deprecated",
          ],
          "line": 2,
          "titles": [
            "[glance] insecure = true: nova does not check the image service's TLS certificate",
            "[glance] api_insecure = true: TLS verification off, and insecure = true through the old name",
            "[glance] api_insecure also sets [glance] insecure, as its old name",
          ],
        },
        {
          "kinds": [
            "insecure",
          ],
          "line": null,
          "titles": [
            "[glance] verify_glance_signatures = false: nova boots images without checking their signature",
          ],
        },
        {
          "kinds": [
            "conflict",
          ],
          "line": 3,
          "titles": [
            "[glance] cafile is never used: insecure = true turns verification off",
          ],
        },
        {
          "kinds": [
            "insecure",
          ],
          "line": null,
          "titles": [
            "[glance] timeout is not set: nova can wait for the image service forever",
          ],
        },
      ]
    `);
  });

  it('offers the secure migration of api_insecure = true, and says why keeping it is not offered', () => {
    const nova = file('[glance]\napi_insecure = true\n');
    const [entry] = mergeFindings(checkFiles(schema, [nova]).findings);
    const choice = chooseFix(schema, nova, entry!);
    expect(choice).toMatchInlineSnapshot(`
      {
        "fix": {
          "edits": [
            {
              "group": "glance",
              "option": "api_insecure",
            },
            {
              "group": "glance",
              "option": "insecure",
              "value": false,
            },
          ],
          "label": "delete api_insecure and set insecure = false",
        },
        "withheld": [
          {
            "fix": {
              "edits": [
                {
                  "group": "glance",
                  "option": "insecure",
                  "value": false,
                },
              ],
              "label": "set insecure = false (and cafile, if the CA is not in the system trust store)",
            },
            "keeps": [
              "[glance] api_insecure = true: TLS verification off, and insecure = true through the old name",
            ],
          },
          {
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
            "keeps": [
              "[glance] api_insecure = true: TLS verification off, and insecure = true through the old name",
              "[glance] insecure = true: nova does not check the image service's TLS certificate",
            ],
          },
        ],
      }
    `);
  });

  it('offers the one fix of a finding alone', () => {
    const nova = file('[glance]\ncollect-timing = true\n');
    const entries = mergeFindings(checkFiles(schema, [nova]).findings);
    const unknown = entries.find((entry) => entry.kinds.includes('unknown'))!;
    expect(chooseFix(schema, nova, unknown)).toEqual({ fix: unknown.findings[0]!.fix, withheld: [] });
  });
});
