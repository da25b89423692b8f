// @vitest-environment jsdom
// The page's schema chooser: a generator JSON or YAML file opened, dropped or fetched replaces the schema being
// edited; one that cannot be read leaves it, and says why.
import { cleanup, createEvent, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { builtinSchema } from '../../src/core';
import { EditorApp } from '../../src/ui/EditorApp';
import { CATALOG_URL, catalogFetch } from '../support/catalogFetch';
import { expectPreview, showGroup } from './support';

function option(name: string, fields: Record<string, unknown> = {}) {
  return { name, dest: name, type: 'string value', default: null, help: '', deprecated_opts: [], ...fields };
}

const keystone = {
  options: {
    DEFAULT: { help: '', opts: [option('admin_token', { secret: true })] },
    token: { help: 'Tokens.', opts: [option('expiration', { type: 'integer value', default: 3600 }), option('provider', { default: 'fernet' })] },
  },
};

function renderApp() {
  const user = userEvent.setup();
  render(
    <EditorApp
      builtin={{ schema: builtinSchema, source: 'the built-in schema' }}
      group="glance"
      catalogUrl={CATALOG_URL}
      storage={localStorage}
    />,
  );
  return { user };
}

function schemaFile(name: string, text: string): File {
  return new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'application/yaml' });
}

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  vi.stubGlobal('fetch', catalogFetch());
});
afterEach(() => vi.unstubAllGlobals());

describe('loading a schema', () => {
  it('opens a generator JSON file and edits its groups', async () => {
    const { user } = renderApp();
    await user.upload(screen.getByLabelText('Open a schema…'), schemaFile('keystone.json', JSON.stringify(keystone)));
    const groups = within(await screen.findByRole('navigation', { name: 'Groups' })).getAllByRole('button');
    expect(screen.getByRole('region', { name: 'Schema' }).textContent).toContain('keystone.json: 2 groups with 3 options.');
    expect(groups.map((button) => button.querySelector('.oce-groups__name')!.textContent)).toEqual(['[DEFAULT]', '[token]']);
    expect(screen.queryByRole('heading', { name: '[glance]' })).toBeNull();

    await user.click(groups[1]!);
    await user.type(screen.getByRole('spinbutton', { name: 'expiration' }), '{Control>}a{/Control}7200');
    await expectPreview('[token]\nexpiration = 7200\n');
    expect(screen.getByRole('button', { name: 'Download keystone.conf' })).toBeTruthy();
  });

  it('opens a YAML file, and takes a file dropped on the chooser', async () => {
    const { user } = renderApp();
    await user.upload(screen.getByLabelText('Open a schema…'), schemaFile('keystone.yaml', stringify(keystone)));
    await screen.findByRole('heading', { name: '[DEFAULT]' });
    expect(screen.getByRole('region', { name: 'Schema' }).textContent).toContain('keystone.yaml: 2 groups with 3 options.');

    const region = screen.getByRole('region', { name: 'Schema' });
    const drop = createEvent.drop(region);
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [schemaFile('again.json', JSON.stringify(keystone))] } });
    fireEvent(region, drop);
    await screen.findByText('again.json');
  });

  it('refuses a file that is not generator output, naming what is wrong where, and keeps the current schema', async () => {
    const { user } = renderApp();
    const broken = { options: { token: { help: '', opts: [{ ...option('expiration'), dest: undefined }] } } };
    await user.upload(screen.getByLabelText('Open a schema…'), schemaFile('broken.json', JSON.stringify(broken)));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^The schema was not loaded, the current one stays: broken\.json: not oslo-config-generator output: at options\.token\.opts\.0\.dest: /);
    expect(screen.getByRole('heading', { name: '[glance]' })).toBeTruthy();

    await user.upload(screen.getByLabelText('Open a schema…'), schemaFile('notes.yaml', 'just: [unclosed'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('notes.yaml: not JSON or YAML:'));
  });

  it('refuses JSON nested far deeper than generator output, without breaking the page', async () => {
    const { user } = renderApp();
    const deep = `{"options": {"DEFAULT": {"help": "", "opts": [{"name": "x", "dest": "x", "type": "string value", "default": ${'['.repeat(100_000)}${']'.repeat(100_000)}}]}}}`;
    await user.upload(screen.getByLabelText('Open a schema…'), schemaFile('deep.json', deep));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The schema was not loaded, the current one stays: deep\.json: nested more than 32 levels deep \(at options\.DEFAULT\.opts\.0\.default\.0\.0/);
    expect(screen.getByRole('heading', { name: '[glance]' })).toBeTruthy();
  });

  it('fetches a schema from a URL, and says why one cannot be fetched', async () => {
    const fetched = vi.fn(async (url: string) =>
      url.endsWith('/keystone.json') ? new Response(JSON.stringify(keystone)) : new Response('', { status: 404, statusText: 'Not Found' }),
    );
    vi.stubGlobal('fetch', catalogFetch(fetched));
    const { user } = renderApp();
    const address = screen.getByRole('textbox', { name: 'Schema URL' });
    await user.type(address, 'https://schemas.example.org/missing.json');
    await user.click(screen.getByRole('button', { name: 'Load' }));
    expect((await screen.findByRole('alert')).textContent).toContain('https://schemas.example.org/missing.json: could not be fetched: HTTP 404 Not Found');

    await user.clear(address);
    await user.type(address, 'https://schemas.example.org/keystone.json');
    await user.click(screen.getByRole('button', { name: 'Load' }));
    await screen.findByRole('heading', { name: '[DEFAULT]' });
    expect(screen.getByText('https://schemas.example.org/keystone.json')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps a draft per schema: another schema starts from its own', async () => {
    const { user } = renderApp();
    await user.type(screen.getByRole('textbox', { name: 'cafile' }), '/etc/ca.pem');
    await expectPreview('[glance]\ncafile = /etc/ca.pem\n');

    await user.upload(screen.getByLabelText('Open a schema…'), schemaFile('keystone.json', JSON.stringify(keystone)));
    await screen.findByRole('heading', { name: '[DEFAULT]' });
    await expectPreview('[DEFAULT]\n');
    expect(screen.queryByRole('textbox', { name: 'cafile' })).toBeNull();
    await user.type(screen.getByLabelText('admin_token'), 's3cret');
    await showGroup(user, 'token');
    await user.type(screen.getByRole('textbox', { name: 'provider' }), '{Control>}a{/Control}jws');
    await expectPreview('[DEFAULT]\nadmin_token = ••••••\n\n[token]\nprovider = jws\n');

    // The same schema again: its draft comes back, the secret asked for again; nothing of the other one is in it.
    await user.upload(screen.getByLabelText('Open a schema…'), schemaFile('keystone.json', JSON.stringify(keystone)));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' }).getAttribute('aria-disabled')).toBe('true'));
    await expectPreview('[token]\nprovider = jws\n');
    expect(screen.getByRole('heading', { name: 'Cannot export yet' })).toBeTruthy();
    expect(screen.getByText(/^admin_token$/, { selector: 'a, button' }).closest('li')!.textContent).toMatchInlineSnapshot(`"admin_token: Enter this secret again: it was set, and drafts do not keep secrets (unless you choose to keep them)."`);
    expect(Array.from({ length: localStorage.length }, (_, index) => localStorage.getItem(localStorage.key(index)!)).join('\n')).not.toContain('s3cret');
  });
});

describe('the catalog', () => {
  it('lists every service of the catalog, and loads one when it is chosen, with its release', async () => {
    const { user } = renderApp();
    const service = screen.getByRole('combobox', { name: 'Service' });
    await waitFor(() => expect((service as HTMLSelectElement).disabled).toBe(false));
    expect(within(service).getAllByRole('option').map((option) => option.textContent)).toMatchInlineSnapshot(`
      [
        "nova’s [glance] (built in)",
        "nova (nova.conf)",
        "glance (glance-api.conf)",
        "cinder (cinder.conf)",
        "neutron (neutron.conf)",
        "keystone (keystone.conf)",
        "placement (placement.conf)",
        "manila (manila.conf)",
        "barbican (barbican.conf)",
        "heat (heat.conf)",
        "octavia (octavia.conf)",
        "ironic (ironic.conf)",
      ]
    `);
    await user.selectOptions(service, 'cinder');
    await screen.findByRole('heading', { name: '[DEFAULT]' });
    expect(screen.getByRole('region', { name: 'Schema' }).textContent).toContain('cinder 21.3.1 (zed 2022.2): 32 groups with 1280 options.');
    expect(within(screen.getByRole('combobox', { name: 'Release' })).getAllByRole('option').map((option) => option.textContent)).toMatchInlineSnapshot(`
      [
        "victoria (2020.2): cinder 17.0.1",
        "zed (2022.2): cinder 21.3.1",
        "epoxy (2025.1): cinder 26.0.0",
      ]
    `);
    expect(window.location.search).toBe('?service=cinder&release=zed');
    expect(screen.getByRole('button', { name: 'Download cinder.conf' })).toBeTruthy();
  });

  it('loads the service the address names, else the one chosen last, else the built-in schema', async () => {
    window.history.replaceState(null, '', '/?service=placement&release=2022.2');
    renderApp();
    await screen.findByText('placement 8.0.0 (zed 2022.2)');
    cleanup();

    window.history.replaceState(null, '', '/');
    renderApp();
    await screen.findByText('placement 8.0.0 (zed 2022.2)');
    expect(window.location.search).toBe('?service=placement&release=zed');
    cleanup();

    window.history.replaceState(null, '', '/?service=nosuch');
    renderApp();
    expect((await screen.findByRole('alert')).textContent).toMatchInlineSnapshot(`"The schema was not loaded, the current one stays: no service "nosuch" in the catalog; it has nova, glance, cinder, neutron, keystone, placement, manila, barbican, heat, octavia, ironic"`);
    expect(screen.getByRole('heading', { name: '[glance]' })).toBeTruthy();
  });

  it('loads the release the address names, by number or name, and offers to upgrade to the later ones', async () => {
    window.history.replaceState(null, '', '/?service=nova&release=2025.1');
    renderApp();
    await screen.findByText('nova 31.0.0 (epoxy 2025.1)', { exact: false });
    expect((screen.getByRole('combobox', { name: 'Release' }) as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('epoxy (2025.1): nova 31.0.0');
    // The panel's code loads apart, then reads the catalog's list.
    expect(await screen.findByText('epoxy (2025.1) is the latest release of this service in the catalog.', {}, { timeout: 10_000 })).toBeTruthy();
    cleanup();

    window.history.replaceState(null, '', '/?service=keystone&release=victoria');
    renderApp();
    await screen.findByText('keystone 18.0.0 (victoria 2020.2)', { exact: false });
    const upgrade = await screen.findByRole('region', { name: 'Upgrade to…' }, { timeout: 10_000 });
    await within(upgrade).findAllByRole('button', {}, { timeout: 10_000 });
    expect(within(upgrade).getAllByRole('button').map((button) => button.textContent)).toEqual(['Upgrade to zed (2022.2)', 'Upgrade to epoxy (2025.1)']);
  });

  it('goes back to the built-in schema, and forgets the choice', async () => {
    const { user } = renderApp();
    const service = screen.getByRole('combobox', { name: 'Service' });
    await waitFor(() => expect((service as HTMLSelectElement).disabled).toBe(false));
    await user.selectOptions(service, 'keystone');
    await screen.findByRole('heading', { name: '[DEFAULT]' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Service' }), '');
    await screen.findByRole('heading', { name: '[glance]' });
    expect(window.location.search).toBe('');
    expect(localStorage.getItem('oslo-config-editor:schema')).toBeNull();
  });
});
