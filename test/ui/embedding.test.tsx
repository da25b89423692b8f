// @vitest-environment jsdom
// The props a portal embedding the editor uses: values in and out, groups, read-only, theme and its own labels.
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { builtinSchema } from '../../src/core';
import { ConfigEditor } from '../../src/ui/ConfigEditor';
import { CATALOG_URL, catalogFetch } from '../support/catalogFetch';
import { downloadButton, expectPreview, renderEditor, widgetSchema } from './support';

function twoGroups() {
  const base = widgetSchema();
  const second = { ...base.groups.find((group) => group.name === 'demo')!, name: 'other', help: 'Another group.' };
  return { ...base, groups: [...base.groups, second] };
}

describe('values in and out', () => {
  it('starts from initialValues and reports the values and findings of every change to onChange', async () => {
    const onChange = vi.fn();
    const { user } = renderEditor({ initialValues: { glance: { num_retries: 2, api_servers: ['https://a:9292'] } }, onChange });
    expect((screen.getByRole('spinbutton', { name: 'num_retries' }) as HTMLInputElement).value).toBe('2');
    await expectPreview('[glance]\napi_servers = https://a:9292\nnum_retries = 2\n');
    // Once at the start (after the first check), so that the page knows the values and findings before any edit.
    await waitFor(() =>
      expect(onChange).toHaveBeenCalledWith(
        { glance: { api_servers: ['https://a:9292'], num_retries: 2 } },
        expect.arrayContaining([expect.objectContaining({ option: 'timeout', severity: 'info' })]),
        expect.objectContaining({ text: '[glance]\napi_servers = https://a:9292\nnum_retries = 2\n', problems: [] }),
      ),
    );

    await user.click(screen.getByRole('switch', { name: 'insecure' }));
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith(
        { glance: { api_servers: ['https://a:9292'], insecure: true, num_retries: 2 } },
        expect.arrayContaining([expect.objectContaining({ option: 'insecure', kind: 'insecure', severity: 'warning' })]),
        expect.anything(),
      ),
    );
  });

  it('leaves a wrong value out of the values, and reports it as a problem with no file to export', async () => {
    const onChange = vi.fn();
    renderEditor({ initialValues: { glance: { num_retries: -1, cafile: '/ca.pem' } }, onChange });
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith(
        { glance: { cafile: '/ca.pem' } },
        expect.any(Array),
        expect.objectContaining({
          text: null,
          problems: [expect.objectContaining({ group: 'glance', option: 'num_retries', message: expect.stringMatching(/greater than or equal to 0/) })],
        }),
      ),
    );
  });

  it('sets initialValues on top of initialText, so that the export is the file with those options changed', async () => {
    renderEditor({ initialText: '[glance]\n# keep me\nnum_retries = 2\n', initialValues: { glance: { num_retries: 5 } } });
    await expectPreview('[glance]\n# keep me\nnum_retries = 5\n');
  });

  it('shows a value of the wrong type as refused, instead of changing it', async () => {
    renderEditor({ initialValues: { glance: { num_retries: '3' } } });
    const retries = screen.getByRole('spinbutton', { name: 'num_retries' });
    await waitFor(() => expect(retries.getAttribute('aria-invalid')).toBe('true'));
    expect(retries.closest('.oce-field')!.textContent).toContain('"3" is not of type integer value');
    expect((screen.getByRole('button', { name: 'Download glance.conf' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('gives onExport the exported text', async () => {
    const onExport = vi.fn();
    const { user } = renderEditor({ initialValues: { glance: { num_retries: 1 } }, onExport });
    await expectPreview('[glance]\nnum_retries = 1\n');
    Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => {} });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(await downloadButton('glance.conf'));
    click.mockRestore();
    expect(onExport).toHaveBeenCalledWith('[glance]\nnum_retries = 1\n', { text: '[glance]\nnum_retries = 1\n', fileName: 'glance.conf', via: 'download' });
  });
});

describe('groups', () => {
  it('shows, checks and exports only the groups given', async () => {
    const onChange = vi.fn();
    renderEditor({ schema: twoGroups(), groups: ['other'], initialValues: { demo: { ratio: 2 }, other: { ratio: 3 } }, onChange });
    expect(screen.getByRole('heading', { name: '[other]' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Groups' })).toBeNull();
    await expectPreview('[other]\nratio = 3\n');
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith({ other: { ratio: 3 } }, expect.any(Array), expect.anything()));
  });

  it('lists the groups given, the first one shown', () => {
    const schema = twoGroups();
    renderEditor({ schema: { ...schema, groups: [...schema.groups, { ...schema.groups[1]!, name: 'third' }] }, groups: ['third', 'other'], group: 'third' });
    expect(screen.getByRole('heading', { name: '[third]' })).toBeTruthy();
    const groups = within(screen.getByRole('navigation', { name: 'Groups' })).getAllByRole('button');
    expect(groups.map((button) => button.querySelector('.oce-groups__name')!.textContent)).toEqual(['[other]', '[third]']);
    expect(groups.map((button) => button.getAttribute('aria-current'))).toEqual([null, 'true']);
  });
});

describe('readOnly', () => {
  it('shows the values and exports them, but nothing changes them', async () => {
    const { user } = renderEditor({ readOnly: true, initialValues: { glance: { num_retries: 2, insecure: true } } });
    await expectPreview('[glance]\nnum_retries = 2\ninsecure = true\n');
    // Disabled through their fieldset: the controls' own `disabled` stays false.
    expect(screen.getByRole('spinbutton', { name: 'num_retries' }).matches(':disabled')).toBe(true);
    expect(screen.getByRole('switch', { name: 'insecure' }).matches(':disabled')).toBe(true);
    for (const name of [/^Unset /, /^Set /, /^Fix: /, 'Undo', 'Redo', 'Discard draft', 'Import text']) {
      expect(screen.queryAllByRole('button', { name })).toEqual([]);
    }
    expect(screen.queryByRole('textbox', { name: 'File text' })).toBeNull();
    // The advisory still explains the risk; only its fix is gone.
    expect((await screen.findAllByText(/accepts any certificate/)).length).toBeGreaterThan(0);
    await user.keyboard('{Control>}z{/Control}');
    await expectPreview('[glance]\nnum_retries = 2\ninsecure = true\n');
    await downloadButton('glance.conf');
  });
});

describe('theme and strings', () => {
  it('marks the root with the theme given, and follows the system without one', () => {
    const dark = renderEditor({ theme: 'dark' });
    expect(dark.container.querySelector('.oce')!.getAttribute('data-theme')).toBe('dark');
    dark.unmount();
    const system = renderEditor();
    expect(system.container.querySelector('.oce')!.hasAttribute('data-theme')).toBe(false);
  });

  it('uses the labels given, and the English ones for the rest', async () => {
    const { user } = renderEditor({
      strings: { undo: 'Rückgängig', download: (name) => `${name} herunterladen`, unset: 'Zurücksetzen', advisories: 'Hinweise' },
    });
    expect(screen.getByRole('button', { name: 'Rückgängig' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'glance.conf herunterladen' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Hinweise' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Redo' })).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'cafile' }), '/ca.pem');
    expect(screen.getByRole('button', { name: 'Zurücksetzen cafile' })).toBeTruthy();
  });

  it('says the draft is kept in the browser only when it is', () => {
    const { unmount } = renderEditor();
    const kept = /^Your draft is kept in this browser until you discard it/;
    expect(screen.getByText(kept)).toBeTruthy();
    unmount();
    render(<ConfigEditor schema={builtinSchema} storage={null} />);
    expect(screen.queryByText(kept)).toBeNull();
  });
});

describe('a service of the catalog', () => {
  it('loads the schema the service and release name, from the catalog given, and names the export after its file', async () => {
    vi.stubGlobal('fetch', catalogFetch());
    try {
      render(<ConfigEditor service="glance" release="2022.2" catalogUrl={CATALOG_URL} storage={null} />);
      expect(screen.getByRole('status').textContent).toBe('Loading the glance schema…');
      await screen.findByRole('heading', { name: '[DEFAULT]' });
      expect(screen.getByRole('button', { name: 'Download glance-api.conf' })).toBeTruthy();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says why a service cannot be loaded', async () => {
    vi.stubGlobal('fetch', catalogFetch());
    try {
      render(<ConfigEditor service="glance" release="victoria-ish" catalogUrl={CATALOG_URL} storage={null} />);
      expect((await screen.findByRole('alert')).textContent).toMatchInlineSnapshot(`"The glance schema was not loaded: no release "victoria-ish" of glance in the catalog; it has victoria (2020.2), zed (2022.2), epoxy (2025.1)"`);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
