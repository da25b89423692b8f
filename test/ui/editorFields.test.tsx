// @vitest-environment jsdom
// The [glance] form as an operator uses it: a field per option named by its INI key, set and unset, live
// validation beside the field, and the export preview that follows.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { builtinSchema } from '../../src/core';
import { expectPreview, previewText, renderEditor, widgetSchema } from './support';

const glance = builtinSchema.groups.find((group) => group.name === 'glance')!;

describe('ConfigEditor fields', () => {
  it('has a control named by the INI key for every option of [glance], of the widget its type needs', () => {
    renderEditor();
    const roles: Record<string, string> = { boolean: 'switch', integer: 'spinbutton', list: 'group', string: 'textbox' };
    for (const option of glance.options) {
      expect(screen.getByRole(roles[option.type]!, { name: option.dest })).toBeTruthy();
    }
  });

  it('shows the type, the default and the help of an option, with its paragraphs and bullets as text', () => {
    renderEditor();
    const field = screen.getByRole('group', { name: 'api_servers' }).closest('.oce-field') as HTMLElement;
    expect(within(field).getByText('list value')).toBeTruthy();
    expect(within(field).getByText(/^Default: None/)).toBeTruthy();
    expect(within(field).getByText('List of glance api servers endpoints available to nova.').tagName).toBe('P');
    const bullet = within(field).getByText(/A list of any fully qualified url of the form/);
    expect(bullet.tagName).toBe('LI');
    expect(bullet.textContent).toContain('(i.e. "http://10.0.1.0:9292" or "https://my.glance.server/image").');
  });

  it('sets an option as the user types, and unsets it again', async () => {
    const { user } = renderEditor();
    const retries = screen.getByRole('spinbutton', { name: 'num_retries' });
    await expectPreview('[glance]\n');
    await user.clear(retries);
    await user.type(retries, '3');
    await expectPreview('[glance]\nnum_retries = 3\n');
    expect(screen.getByRole('button', { name: 'Unset num_retries' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Unset num_retries' }));
    await expectPreview('[glance]\n');
    // Unset, the field holds no value: its default shows as a placeholder.
    expect((retries as HTMLInputElement).value).toBe('');
    expect((retries as HTMLInputElement).placeholder).toBe('default: 0');
    expect(screen.getByRole('button', { name: 'Set num_retries' })).toBeTruthy();
  });

  it('never writes a default worked out where the service runs: Set asks for a value instead', async () => {
    const schema = widgetSchema([{ name: 'my_ip', type: 'string value', default: '127.0.0.1', sample_default: '<host_ipv4>', help: 'This host.' }]);
    const { user } = renderEditor({ schema, group: 'demo' });
    const myIp = screen.getByRole('textbox', { name: 'my_ip' }) as HTMLInputElement;
    expect(myIp.value).toBe('');
    expect(myIp.placeholder).toBe('default: the IP address of this host');
    await user.click(screen.getByRole('button', { name: 'Set my_ip' }));
    expect(document.activeElement).toBe(myIp);
    expect(screen.getByText(/^Type a value to set my_ip/).textContent).toMatchInlineSnapshot(`"Type a value to set my_ip: its default, the IP address of this host, is not a value a file can hold."`);
    await expectPreview('[demo]\n');
    await user.type(myIp, '192.0.2.10');
    await expectPreview('[demo]\nmy_ip = 192.0.2.10\n');
  });

  it('keeps "set to the default value" apart from unset', async () => {
    const { user } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Set num_retries' }));
    await expectPreview('[glance]\nnum_retries = 0\n');
    const retries = screen.getByRole('spinbutton', { name: 'num_retries' });
    const status = document.getElementById(retries.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(status.textContent).toBe('Set to the default value, written in the file.');

    await user.click(screen.getByRole('button', { name: 'Set verify_glance_signatures' }));
    await expectPreview('[glance]\nverify_glance_signatures = false\nnum_retries = 0\n');
    await user.click(screen.getByRole('switch', { name: 'verify_glance_signatures' }));
    await expectPreview('[glance]\nverify_glance_signatures = true\nnum_retries = 0\n');
  });

  it('writes an emptied integer as `key =` (None), which is not the default', async () => {
    const { user } = renderEditor();
    const retries = screen.getByRole('spinbutton', { name: 'num_retries' });
    await user.type(retries, '3');
    await user.clear(retries);
    await expectPreview('[glance]\nnum_retries =\n');
  });

  it('shows a message beside a wrong value, tied to the input for screen readers, and refuses to export', async () => {
    const { user } = renderEditor();
    const retries = screen.getByRole('spinbutton', { name: 'num_retries' });
    await user.clear(retries);
    await user.type(retries, '-1');
    await waitFor(() => expect(retries.getAttribute('aria-invalid')).toBe('true'));
    const described = retries.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!);
    const message = described.find((element) => element.classList.contains('oce-error'))!;
    expect(message.textContent).toBe('oslo.config refuses it: Should be greater than or equal to 0');
    expect(message.getAttribute('aria-live')).toBe('polite');

    const reasons = (await screen.findByRole('heading', { name: 'Cannot export yet' })).parentElement!;
    expect(screen.getByRole('button', { name: 'Download glance.conf' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Copy to clipboard' })).toHaveProperty('disabled', true);
    expect(reasons.textContent).toContain('num_retries: oslo.config refuses it: Should be greater than or equal to 0');

    await user.click(within(reasons).getByRole('link', { name: 'num_retries' }));
    expect(document.activeElement).toBe(retries);

    await user.clear(retries);
    await user.type(retries, '2');
    await waitFor(() => expect(retries.getAttribute('aria-invalid')).toBeNull());
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Cannot export yet' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Download glance.conf' })).toHaveProperty('disabled', false);
  });

  it('edits a list item by item, each checked on its own (api_servers entries as URLs)', async () => {
    const { user } = renderEditor();
    const servers = screen.getByRole('group', { name: 'api_servers' });
    await user.click(within(servers).getByRole('button', { name: 'Add item to api_servers' }));
    const first = within(servers).getByRole('textbox', { name: 'api_servers item 1' });
    expect(document.activeElement).toBe(first);
    await user.type(first, 'https://glance-1.example.org:9292{Enter}');
    const second = within(servers).getByRole('textbox', { name: 'api_servers item 2' });
    expect(document.activeElement).toBe(second);
    await user.type(second, 'glance-2');
    await waitFor(() => expect(second.getAttribute('aria-invalid')).toBe('true'));
    expect(first.getAttribute('aria-invalid')).toBeNull();
    const itemMessage = document.getElementById(second.getAttribute('aria-describedby')!)!;
    expect(itemMessage.textContent).toBe('nova cannot use it: "glance-2" is not an endpoint URL of the form scheme://hostname:port[/path] (http or https)');

    await user.clear(second);
    await user.type(second, 'https://glance-2.example.org:9292');
    await waitFor(() => expect(second.getAttribute('aria-invalid')).toBeNull());
    await expectPreview('[glance]\napi_servers = https://glance-1.example.org:9292,https://glance-2.example.org:9292\n');

    await user.click(within(servers).getByRole('button', { name: 'Move api_servers item 2 up' }));
    await expectPreview('[glance]\napi_servers = https://glance-2.example.org:9292,https://glance-1.example.org:9292\n');
    expect(document.activeElement).toBe(within(servers).getByRole('button', { name: 'Move api_servers item 1 down' }));

    await user.click(within(servers).getByRole('button', { name: 'Remove api_servers item 1' }));
    await expectPreview('[glance]\napi_servers = https://glance-1.example.org:9292\n');
    expect(document.activeElement).toBe(within(servers).getByRole('textbox', { name: 'api_servers item 1' }));
  });

  it('splits a pasted comma-separated list into items', async () => {
    const { user } = renderEditor();
    const servers = screen.getByRole('group', { name: 'api_servers' });
    await user.click(within(servers).getByRole('button', { name: 'Add item to api_servers' }));
    await user.paste('https://a.example:9292, https://b.example:9292');
    expect(within(servers).getAllByRole('textbox').map((input) => (input as HTMLInputElement).value)).toEqual([
      'https://a.example:9292',
      'https://b.example:9292',
    ]);
    await expectPreview('[glance]\napi_servers = https://a.example:9292,https://b.example:9292\n');
  });

  it('writes annotated sections in the generator sample style', async () => {
    const { user } = renderEditor();
    await user.click(screen.getByRole('radio', { name: /Annotated/ }));
    await waitFor(() => expect(previewText()).toContain('# Enable glance operation retries.'));
    const text = previewText();
    expect(text).toContain('#num_retries = 0\n');
    expect(text).toContain('# Deprecated group/name - [ssl]/ca_file\n#cafile = <None>\n');
  });
});
