// The exports for deployment tools, fed to each tool's merge over Debian's packaged nova.conf: crudini itself
// (Debian's package) runs the exported commands; kolla-ansible's merge_configs and OpenStack-Ansible's config_template
// are followed as their documentation and sources describe them (deployment_merge.py). The real oslo.config then reads
// the merged file: the options set read as the form shows them, every other option as in the packaged file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeCrudiniCommands } from '../../src/core/exports/writeCrudiniCommands';
import { writeKollaOverride } from '../../src/core/exports/writeKollaOverride';
import { openstackAnsibleVariable, writeOpenstackAnsibleOverrides } from '../../src/core/exports/writeOpenstackAnsibleOverrides';
import { writeSection, type GroupValues } from '../../src/core/ini/writeSection';
import { readGeneratorData } from '../../src/core/schema/readGeneratorData';
import { groupOf, readFixture } from '../support/fixtures';
import { toOsloValue } from '../support/osloValues';
import { readWithOslo, SYSTEM_PYTHON } from './oslo';

// nova's real schema, less what the oracle cannot register from generator output alone: an option whose default is
// not among its choices (oslo.log's log_rotate_interval_type has `days` for `Days`, matched ignoring case, which the
// generator does not say).
interface GeneratorOption {
  default: unknown;
  choices: [unknown, unknown][];
}
const novaData = JSON.parse(readFileSync(new URL('../../catalog/zed/nova.json', import.meta.url), 'utf8')) as {
  options: Record<string, { opts: GeneratorOption[] }>;
};
for (const group of Object.values(novaData.options)) {
  group.opts = group.opts.filter((option) => typeof option.default !== 'string' || !option.choices.length || option.choices.some(([value]) => value === option.default));
}
const nova = readGeneratorData(novaData);
const packaged = readFixture('catalog/zed/debian-nova.conf');
const MERGE = fileURLToPath(new URL('./deployment_merge.py', import.meta.url));

// What an operator sets for a compute node: lists, an empty integer (None), a boolean, a `$` and Jinja's braces in
// text, a dict, and a multi valued option of one entry.
const common: Record<string, GroupValues> = {
  DEFAULT: {
    my_ip: '192.0.2.10',
    instance_name_template: 'inst-{{ uuid }}-%08x',
    reserved_huge_pages: { node: '0', size: '2048', count: '64' },
    virt_mkfs: ['default=mkfs.ext4 -L %(fs_label)s -F %(target)s'],
  },
  glance: {
    api_servers: ['https://glance-1.example.org:9292', 'https://glance-2.example.org:9292'],
    num_retries: 3,
    timeout: null,
    verify_glance_signatures: true,
  },
  database: { connection: 'mysql+pymysql://nova:pa$word@db.example.org/nova' },
};
// Two entries of a multi valued option, in the order OpenStack-Ansible writes them.
const withAliases: Record<string, GroupValues> = {
  ...common,
  pci: {
    alias: ['{"name": "a1", "product_id": "0443", "vendor_id": "8086"}', '{"name": "b2", "product_id": "1572", "vendor_id": "8086"}'],
  },
};

function text(result: { text: string } | { errors: unknown[] }): string {
  if ('errors' in result) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.text;
}

function merge(tool: string, override: string, trimBlocks: boolean, variable = ''): string {
  const run = spawnSync(SYSTEM_PYTHON, [MERGE], {
    input: JSON.stringify({ tool, base: packaged, override, variable, trim_blocks: trimBlocks }),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`deployment_merge.py failed: ${run.stderr}`);
  return run.stdout;
}

/** oslo reads the merged file as the packaged one with a file of the values set after it (`$` references included). */
async function expectReadAsSet(merged: string, values: Record<string, GroupValues>) {
  const sections = Object.entries(values).map(([group, options]) => text(writeSection(groupOf(nova, group), options)));
  const [layered, after] = await readWithOslo(novaData, [{ files: [packaged, sections.join('\n')] }, { files: [merged] }]);
  expect(layered!.errors).toEqual([]);
  expect(after!.parse_error).toBeNull();
  expect(after!.errors).toEqual([]);
  expect(after!.values).toEqual(layered!.values);
  for (const [group, options] of Object.entries(values)) {
    for (const [dest, value] of Object.entries(options)) {
      expect(after!.values[group]![dest]).toEqual(toOsloValue(value, groupOf(nova, group).options.find((option) => option.dest === dest)!));
    }
  }
}

describe('exports for deployment tools, merged by the tools over Debian\'s nova.conf', () => {
  it('crudini applies the exported commands, and oslo reads the options as set', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'oce-crudini-'));
    const script = join(folder, 'nova-crudini.sh');
    const file = join(folder, 'nova.conf');
    writeFileSync(script, text(writeCrudiniCommands(nova, common, 'nova.conf')));
    writeFileSync(file, packaged);
    const run = spawnSync('sh', [script, file], { encoding: 'utf8' });
    if (run.error) throw new Error(`cannot run crudini (${run.error.message}); as root run: apt-get install -y --no-install-recommends crudini`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    await expectReadAsSet(readFileSync(file, 'utf8'), common);
  });

  it.each([true, false])('kolla-ansible merges the override file (trim_blocks %s), and oslo reads the options as set', async (trimBlocks) => {
    await expectReadAsSet(merge('kolla-ansible', text(writeKollaOverride(nova, withAliases)), trimBlocks), withAliases);
  });

  it.each([true, false])('OpenStack-Ansible merges nova_nova_conf_overrides (trim_blocks %s), and oslo reads the options as set', async (trimBlocks) => {
    const variable = openstackAnsibleVariable('nova.conf');
    const overrides = text(writeOpenstackAnsibleOverrides(nova, withAliases, variable));
    await expectReadAsSet(merge('openstack-ansible', overrides, trimBlocks, variable), withAliases);
  });
});
