// The upgrade view in Chromium: a zed nova.conf imported on the page, "Upgrade to 2025.1" chosen, the report read by
// kind, the rewrite applied and downloaded; the real oslo.config of 2025.1, with nova 31's options registered as nova
// registers them, reads the download as zed read the file, but where the report says otherwise.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { readCatalogFacts } from '../../src/core/catalog/readCatalogFacts';
import { parseGeneratorOutput } from '../../src/core/schema/parseGeneratorOutput';
import { rewriteForRelease } from '../../src/core/upgrade/rewriteForRelease';
import { readServiceWithOslo } from '../interop/oslo';
import { usePageSession } from './chromium';

const appUrl = inject('appUrl');
const ZED_NOVA = readFileSync(new URL('../fixtures/upgrade/zed-nova.conf', import.meta.url), 'utf8');

/** nova's schema of a release, from the catalog's files. */
function novaAt(release: string, number: string) {
  const read = (file: string) => readFileSync(new URL(`../../catalog/${release}/${file}`, import.meta.url), 'utf8');
  return { release: `${release} (${number})`, schema: parseGeneratorOutput(read('nova.json'), `nova ${release}`, readCatalogFacts(JSON.parse(read('nova.facts.json')))) };
}

const session = usePageSession(async (page) => {
  await page.goto(`${appUrl}?service=nova&release=zed`);
}, { width: 1440, height: 900 });
let page: Page;
beforeEach(() => {
  ({ page } = session);
});

describe('Upgrade to…', () => {
  it('imports a zed nova.conf, reports it under 2025.1 by kind, and downloads the rewrite 2025.1\'s oslo.config reads as zed read the file', async () => {
    await page.getByRole('navigation', { name: 'Groups' }).waitFor();
    await page.getByLabel('Open a file…').setInputFiles({ name: 'nova.conf', mimeType: 'text/plain', buffer: Buffer.from(ZED_NOVA) });
    await page.getByText(/^Imported nova\.conf:/).waitFor();

    const panel = page.getByRole('region', { name: 'Upgrade to…' });
    await panel.getByRole('button', { name: 'Upgrade to epoxy (2025.1)' }).click();
    await panel.getByRole('heading', { name: 'nova.conf, from zed (2022.2) to epoxy (2025.1)' }).waitFor();
    expect(await panel.getByRole('heading', { level: 4 }).allTextContents()).toEqual([
      'Values epoxy (2025.1) refuses (2)',
      'Options epoxy (2025.1) no longer has: their lines are ignored (3)',
      'Names epoxy (2025.1) no longer reads: their lines are ignored (2)',
      'Options epoxy (2025.1) requires (1)',
      'Options epoxy (2025.1) deprecates for removal (3)',
      'Lines epoxy (2025.1) reads under an old name (2)',
      'Defaults that change under options the file leaves unset (7)',
    ]);

    await panel.getByRole('button', { name: 'Apply the rewrite for epoxy (2025.1)' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download nova.conf for epoxy (2025.1)' }).click()]);
    expect(download.suggestedFilename()).toBe('nova.conf');
    const text = await readFile((await download.path())!, 'utf8');
    expect(text).toBe((rewriteForRelease(novaAt('zed', '2022.2'), novaAt('epoxy', '2025.1'), ZED_NOVA) as { text: string }).text);

    const [zed] = (await readServiceWithOslo('zed', 'nova', [{ files: [ZED_NOVA] }])).results;
    const [epoxy] = (await readServiceWithOslo('epoxy', 'nova', [{ files: [text] }])).results;
    expect([zed!.errors, epoxy!.parse_error]).toEqual([[], null]);
    // The renamed options keep their values under the new names; the values the report says 2025.1 refuses, it refuses.
    expect([epoxy!.values.ironic!.conductor_group, epoxy!.values.oslo_messaging_rabbit!.rabbit_quorum_max_memory_length]).toEqual([
      zed!.values.ironic!.partition_key,
      zed!.values.oslo_messaging_rabbit!.rabbit_quroum_max_memory_length,
    ]);
    expect(epoxy!.errors.map((error) => `[${error.group}] ${error.option}`).sort()).toEqual(['[DEFAULT] rate_limit_except_level', '[oslo_messaging_rabbit] rabbit_retry_interval']);
    // Its only deprecations are of the options the report says 2025.1 deprecates for removal.
    expect(epoxy!.warnings.filter((warning) => warning.includes('deprecated')).map((warning) => warning.match(/^Deprecated: Option "(\w+)"/)?.[1]).sort()).toEqual([
      'backdoor_port',
      'enforce_scope',
      'heartbeat_in_pthread',
    ]);
  }, 180_000);
});
