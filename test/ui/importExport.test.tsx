// @vitest-environment jsdom
// Import an existing nova.conf (paste, open, drop), edit it, and export it back with only the edits changed.
import { createEvent, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectPreview, renderEditor, downloadButton } from './support';

const NOVA_CONF = [
  '[DEFAULT]',
  '# Compute host settings',
  'my_ip = 10.0.0.5',
  'debug=true',
  '',
  '[ssl]',
  'ca_file = /etc/nova/ca.pem',
  '',
  '[glance]',
  '# The image service endpoints',
  'api_servers = https://glance-a.example.org:9292, https://glance-b.example.org:9292',
  'num_retries : 3',
  'shiny_new_option = yes',
  'api_insecure = true',
  '',
].join('\r\n');

async function importText(user: ReturnType<typeof renderEditor>['user'], text: string) {
  const box = screen.getByRole('textbox', { name: 'File text' });
  await user.clear(box);
  await user.click(box);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Import text' }));
}

describe('import', () => {
  it('fills the form from a pasted file, old names included, and says where values came from', async () => {
    const { user } = renderEditor();
    await importText(user, NOVA_CONF.replaceAll('\r\n', '\n'));
    expect((screen.getByRole('textbox', { name: 'cafile' }) as HTMLInputElement).value).toBe('/etc/nova/ca.pem');
    expect((screen.getByRole('spinbutton', { name: 'num_retries' }) as HTMLInputElement).value).toBe('3');
    const servers = screen.getByRole('group', { name: 'api_servers' });
    expect(within(servers).getAllByRole('textbox').map((input) => (input as HTMLInputElement).value)).toEqual([
      'https://glance-a.example.org:9292',
      'https://glance-b.example.org:9292',
    ]);
    // oslo reads api_insecure also as the old name of insecure: both are on.
    expect((screen.getByRole('switch', { name: 'api_insecure' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('switch', { name: 'insecure' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/^Imported nova\.conf: 5 options of \[glance\] set/).textContent).toContain(
      'cafile from its old name [ssl] ca_file',
    );
    const cafileField = screen.getByRole('textbox', { name: 'cafile' }).closest('.oce-field')!;
    expect(cafileField.textContent).toContain('imported from nova.conf line 7, under its old name [ssl] ca_file');
  });

  it('exports the imported file byte for byte, changing only the edited lines', async () => {
    const { user } = renderEditor();
    // Opened, not pasted: a textarea turns CRLF into LF, a file keeps its bytes.
    await user.upload(screen.getByLabelText('Open a file…'), new File([NOVA_CONF], 'nova.conf'));
    await screen.findByRole('heading', { name: 'Export nova.conf' });
    await expectPreview(NOVA_CONF);
    expect(screen.getByRole('heading', { name: 'Export nova.conf' })).toBeTruthy();

    const retries = screen.getByRole('spinbutton', { name: 'num_retries' });
    await user.clear(retries);
    await user.type(retries, '5');
    await expectPreview(NOVA_CONF.replace('num_retries : 3', 'num_retries : 5'));

    await user.click(screen.getByRole('button', { name: 'Unset api_insecure' }));
    await expectPreview(NOVA_CONF.replace('num_retries : 3', 'num_retries : 5').replace('api_insecure = true\r\n', ''));

    // Back to the imported value: no edit, the line is as it was.
    await user.clear(retries);
    await user.type(retries, '3');
    await expectPreview(NOVA_CONF.replace('api_insecure = true\r\n', ''));
  });

  it('shows parse errors with their line numbers and imports nothing', async () => {
    const { user } = renderEditor();
    await importText(user, '[glance]\nnum_retries = 3\nnot an assignment\n[broken\n');
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      "Line 3: No ':' or '=' found in assignment: 'not an assignment'",
      "Line 4: Invalid section (must end with ]): '[broken'",
    ]);
    expect((screen.getByRole('spinbutton', { name: 'num_retries' }) as HTMLInputElement).value).toBe('');
    await expectPreview('[glance]\n');
  });

  it('shows a value oslo refuses on its field and blocks the export until it is fixed', async () => {
    const { user } = renderEditor();
    await importText(user, '[glance]\nnum_retries = x\n');
    const retries = screen.getByRole('spinbutton', { name: 'num_retries' });
    await waitFor(() => expect(retries.getAttribute('aria-invalid')).toBe('true'));
    const error = retries.closest('.oce-field')!.querySelector('.oce-error')!;
    expect(error.textContent).toBe("oslo.config refuses it: invalid literal for int() with base 10: 'x'");
    await waitFor(() => expect(screen.getByRole('button', { name: 'Download nova.conf' })).toHaveProperty('disabled', true));

    await user.type(retries, '4');
    await waitFor(() => expect(retries.getAttribute('aria-invalid')).toBeNull());
    await expectPreview('[glance]\nnum_retries = 4\n');
    expect(screen.getByRole('button', { name: 'Download nova.conf' })).toHaveProperty('disabled', false);
  });

  it('opens a file from the disk', async () => {
    const { user } = renderEditor();
    const file = new File(['[glance]\ntimeout = 30\n'], 'compute.conf', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('Open a file…'), file);
    await waitFor(() => expect((screen.getByRole('spinbutton', { name: 'timeout' }) as HTMLInputElement).value).toBe('30'));
    expect(await screen.findByRole('heading', { name: 'Export compute.conf' })).toBeTruthy();
  });

  it('takes a file dropped on the import area', async () => {
    renderEditor();
    const area = screen.getByRole('region', { name: 'Import a file' });
    const file = new File(['[glance]\nnum_retries = 9\n'], 'dropped.conf');
    const drop = createEvent.drop(area);
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file] } });
    fireEvent(area, drop);
    await waitFor(() => expect((screen.getByRole('spinbutton', { name: 'num_retries' }) as HTMLInputElement).value).toBe('9'));
  });
});

describe('export', () => {
  it('downloads the file and copies it to the clipboard', async () => {
    const onExport = vi.fn();
    const { user } = renderEditor({ onExport });
    await user.type(screen.getByRole('textbox', { name: 'cafile' }), '/etc/ssl/ca.pem');

    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:test'));
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(await downloadButton('glance.conf'));
    expect(click).toHaveBeenCalledOnce();
    expect(await created[0]!.text()).toBe('[glance]\ncafile = /etc/ssl/ca.pem\n');
    const file = '[glance]\ncafile = /etc/ssl/ca.pem\n';
    expect(onExport).toHaveBeenLastCalledWith(file, { text: file, fileName: 'glance.conf', via: 'download' });
    click.mockRestore();

    await user.click(screen.getByRole('button', { name: 'Copy to clipboard' }));
    expect(await navigator.clipboard.readText()).toBe('[glance]\ncafile = /etc/ssl/ca.pem\n');
    expect(screen.getByText('Copied to the clipboard.')).toBeTruthy();
    expect(onExport).toHaveBeenLastCalledWith(file, { text: file, fileName: 'glance.conf', via: 'copy' });
  });

  it('reports every change to onChange', async () => {
    const onChange = vi.fn();
    const { user } = renderEditor({ onChange });
    await user.click(screen.getByRole('switch', { name: 'verify_glance_signatures' }));
    const values = { glance: { verify_glance_signatures: true } };
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith(
        values,
        expect.any(Array),
        expect.objectContaining({ values, text: '[glance]\nverify_glance_signatures = true\n', fileName: 'glance.conf', problems: [] }),
      ),
    );
  });
});
