// @vitest-environment jsdom
// The "Upgrade to…" panel: the file compared with a later release of its service in the catalog, the report grouped
// by kind of change, and the rewrite for that release, the same as `upgrade -o` writes, to download.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtinSchema } from '../../src/core';
import { readCatalogFacts } from '../../src/core/catalog/readCatalogFacts';
import { parseGeneratorOutput } from '../../src/core/schema/parseGeneratorOutput';
import { rewriteForRelease } from '../../src/core/upgrade/rewriteForRelease';
import { ConfigEditor } from '../../src/ui/ConfigEditor';
import { CATALOG_URL, catalogFetch } from '../support/catalogFetch';
import './support';

const ZED_NOVA = readFileSync(join(import.meta.dirname, '../fixtures/upgrade/zed-nova.conf'), 'utf8');

/** nova's schema of a release, read from the catalog's files as the CLI reads them. */
function novaAt(release: string, number: string) {
  const read = (file: string) => readFileSync(join(import.meta.dirname, '../../catalog', release, file), 'utf8');
  const schema = parseGeneratorOutput(read('nova.json'), `nova ${release}`, readCatalogFacts(JSON.parse(read('nova.facts.json'))));
  return { release: `${release} (${number})`, schema };
}

beforeEach(() => vi.stubGlobal('fetch', catalogFetch()));
afterEach(() => vi.unstubAllGlobals());

function renderNova(initialText: string, release = 'zed') {
  const user = userEvent.setup();
  render(<ConfigEditor service="nova" release={release} catalogUrl={CATALOG_URL} initialText={initialText} group="oslo_messaging_rabbit" storage={null} />);
  return { user };
}

async function upgradePanel(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: 'Upgrade to…' }, { timeout: 10_000 });
}

describe('Upgrade to…', () => {
  it('reports a zed nova.conf under 2025.1 grouped by kind, and downloads the rewrite upgrade -o writes', async () => {
    const { user } = renderNova(ZED_NOVA);
    const panel = await upgradePanel();
    expect(within(panel).getAllByRole('button').map((button) => button.textContent)).toEqual(['Upgrade to epoxy (2025.1)']);

    await user.click(within(panel).getByRole('button', { name: 'Upgrade to epoxy (2025.1)' }));
    await within(panel).findByRole('heading', { name: 'nova.conf, from zed (2022.2) to epoxy (2025.1)' }, { timeout: 10_000 });
    expect(within(panel).getByText('2 errors, 8 warnings, 10 notes.')).toBeTruthy();
    expect(within(panel).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toMatchInlineSnapshot(`
      [
        "Values epoxy (2025.1) refuses (2)",
        "Options epoxy (2025.1) no longer has: their lines are ignored (3)",
        "Names epoxy (2025.1) no longer reads: their lines are ignored (2)",
        "Options epoxy (2025.1) requires (1)",
        "Options epoxy (2025.1) deprecates for removal (3)",
        "Lines epoxy (2025.1) reads under an old name (2)",
        "Defaults that change under options the file leaves unset (7)",
      ]
    `);

    // A finding: its line links to the field, and opens on both releases' facts.
    const refused = within(panel).getByRole('region', { name: 'Values epoxy (2025.1) refuses (2)' });
    const retry = within(refused).getByText(/rabbit_retry_interval = 0/).closest('li') as HTMLElement;
    await user.click(within(retry).getByText('Why, and what to do'));
    expect(within(retry).getAllByRole('definition').map((side) => side.textContent)).toMatchInlineSnapshot(`
      [
        "[oslo_messaging_rabbit] rabbit_retry_interval: integer, default 1",
        "[oslo_messaging_rabbit] rabbit_retry_interval: integer, at least 1, default 1",
      ]
    `);
    await user.click(within(retry).getByRole('link', { name: 'line 17' }));
    expect(document.activeElement).toBe(screen.getByRole('spinbutton', { name: 'rabbit_retry_interval' }));

    await user.click(within(panel).getByRole('button', { name: 'Apply the rewrite for epoxy (2025.1)' }));
    expect(within(panel).getByText('5 lines rewritten:').nextElementSibling!.textContent).toMatchInlineSnapshot(`"Line 3: [DEFAULT] use_eventlog commented outLine 4: [DEFAULT] rpc_conn_pool_size commented outLine 11: [api] use_forwarded_for commented outLine 14: [ironic] partition_key renamed to [ironic] conductor_groupLine 19: [oslo_messaging_rabbit] rabbit_quroum_max_memory_length renamed to [oslo_messaging_rabbit] rabbit_quorum_max_memory_length"`);
    expect(within(panel).getByText('Left alone, to carry over by hand:').nextElementSibling!.textContent).toMatchInlineSnapshot(`"Line 2: [DEFAULT] sql_connection is the old name of [api_database] connection and [database] connection, which oslo all read from this line; one name cannot carry it to all: write each option's own line by hand"`);
    const rewrite = rewriteForRelease(novaAt('zed', '2022.2'), novaAt('epoxy', '2025.1'), ZED_NOVA);
    const expected = 'text' in rewrite ? rewrite.text : null;
    // The preview masks the secret database URL as the export's does; the download holds it.
    expect(within(panel).getByLabelText('nova.conf rewritten for epoxy (2025.1)').textContent).toBe(expected!.replace('mysql+pymysql://nova:secret@db.example.org/nova', '••••••'));

    const created: Blob[] = [];
    Object.assign(URL, { createObjectURL: vi.fn((blob: Blob) => (created.push(blob), 'blob:test')), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      await user.click(within(panel).getByRole('button', { name: 'Download nova.conf for epoxy (2025.1)' }));
      expect(click).toHaveBeenCalledOnce();
      expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('nova.conf');
      expect(await created[0]!.text()).toBe(expected);
    } finally {
      click.mockRestore();
    }
  }, 30_000);

  it('says when the report no longer fits the file, and compares again', async () => {
    const { user } = renderNova('[oslo_messaging_rabbit]\nrabbit_retry_interval = 0\n');
    const panel = await upgradePanel();
    await user.click(within(panel).getByRole('button', { name: 'Upgrade to epoxy (2025.1)' }));
    await within(panel).findByRole('region', { name: 'Values epoxy (2025.1) refuses (1)' }, { timeout: 10_000 });

    const retry = screen.getByRole('spinbutton', { name: 'rabbit_retry_interval' });
    await user.clear(retry);
    await user.type(retry, '2');
    await within(panel).findByText(/The file has changed since this report/);
    expect((within(panel).getByRole('button', { name: 'Apply the rewrite for epoxy (2025.1)' }) as HTMLButtonElement).disabled).toBe(true);

    const again = within(panel).getAllByRole('button', { name: 'Upgrade to epoxy (2025.1)' }).at(-1)!;
    await user.click(again);
    await waitFor(() => expect(within(panel).queryByRole('region', { name: /refuses/ })).toBeNull(), { timeout: 10_000 });
    expect(within(panel).queryByText(/The file has changed since this report/)).toBeNull();
  }, 30_000);

  it('refuses to compare a file oslo would not read as it stands', async () => {
    const { user } = renderNova('[oslo_messaging_rabbit]\nrabbit_retry_interval = often\n');
    const panel = await upgradePanel();
    await user.click(within(panel).getByRole('button', { name: 'Upgrade to epoxy (2025.1)' }));
    expect((await within(panel).findByRole('alert')).textContent).toMatchInlineSnapshot(`"The file has problems to fix first (see Cannot export yet): the upgrade reads the file as oslo reads it."`);
  }, 30_000);

  it('offers victoria the two later releases', async () => {
    renderNova('', 'victoria');
    expect(within(await upgradePanel()).getAllByRole('button').map((button) => button.textContent)).toEqual(['Upgrade to zed (2022.2)', 'Upgrade to epoxy (2025.1)']);
  }, 30_000);

  it('says 2025.1 is the latest release', async () => {
    renderNova('', '2025.1');
    const panel = await upgradePanel();
    await within(panel).findByText('epoxy (2025.1) is the latest release of this service in the catalog.');
    expect(within(panel).queryByRole('button')).toBeNull();
  }, 30_000);

  it('is not there for a schema that is no service of the catalog', async () => {
    render(<ConfigEditor schema={builtinSchema} storage={null} />);
    await screen.findByRole('region', { name: 'Security checklist' });
    expect(screen.queryByRole('region', { name: 'Upgrade to…' })).toBeNull();
  });
});
