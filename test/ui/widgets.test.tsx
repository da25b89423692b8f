// @vitest-environment jsdom
// A widget per option type, on a schema with one option of each kind, used as an operator would.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectPreview, renderEditor, showGroup, widgetSchema } from './support';

const schema = widgetSchema([
  { name: 'motd', type: 'string value', help: 'Shown <b>bold</b>?\n\n<script>alert(1)</script>\n\n* first & <i>second</i>' },
]);

function errorOf(input: HTMLElement): string | null {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((element) => element?.classList.contains('oce-error'));
  return error?.textContent ?? null;
}

describe('widgets', () => {
  it('offers the choices of an option in a select, with their descriptions', async () => {
    const { user } = renderEditor({ schema, group: 'demo' });
    const select = screen.getByRole('combobox', { name: 'flavor' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'default: small',
      'small — A small one',
      'large',
    ]);
    await user.selectOptions(select, 'large');
    await expectPreview('[demo]\nflavor = large\n');
  });

  it('masks a secret option and reveals it on demand', async () => {
    const { user } = renderEditor({ schema, group: 'demo' });
    const password = screen.getByLabelText('password') as HTMLInputElement;
    expect(password.type).toBe('password');
    await user.type(password, 's3cr$t');
    const reveal = screen.getByRole('button', { name: 'Show password' });
    expect(reveal.getAttribute('aria-pressed')).toBe('false');
    await user.click(reveal);
    expect(password.type).toBe('text');
    expect(reveal.getAttribute('aria-pressed')).toBe('true');
    // Masked in the preview until secrets are shown; `$` is doubled so that oslo reads it back literally.
    await expectPreview('[demo]\npassword = ••••••\n');
    await user.click(screen.getByRole('button', { name: 'Show secrets' }));
    await expectPreview('[demo]\npassword = s3cr$$t\n');
  });

  it('edits a dict as key:value pairs and reports a repeated key', async () => {
    const { user } = renderEditor({ schema, group: 'demo' });
    const labels = screen.getByRole('group', { name: 'labels' });
    await user.click(within(labels).getByRole('button', { name: 'Add pair to labels' }));
    await user.type(within(labels).getByRole('textbox', { name: 'labels key 1' }), 'zone');
    await user.type(within(labels).getByRole('textbox', { name: 'labels value 1' }), 'a');
    await user.click(within(labels).getByRole('button', { name: 'Add pair to labels' }));
    await user.type(within(labels).getByRole('textbox', { name: 'labels key 2' }), 'rack');
    await user.type(within(labels).getByRole('textbox', { name: 'labels value 2' }), '7');
    await expectPreview('[demo]\nlabels = zone:a,rack:7\n');

    await user.clear(within(labels).getByRole('textbox', { name: 'labels key 2' }));
    await user.type(within(labels).getByRole('textbox', { name: 'labels key 2' }), 'zone');
    await waitFor(() => expect(labels.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(labels)).toBe('Duplicate key zone');
  });

  it('writes a multi valued option as one line per entry', async () => {
    const { user } = renderEditor({ schema, group: 'demo' });
    const hooks = screen.getByRole('group', { name: 'hooks' });
    await user.click(within(hooks).getByRole('button', { name: 'Add entry to hooks' }));
    await user.type(within(hooks).getByRole('textbox', { name: 'hooks entry 1' }), 'first{Enter}second');
    await expectPreview('[demo]\nhooks = first\nhooks = second\n');
  });

  it('checks a port, a URI and a host address as oslo does', async () => {
    const { user } = renderEditor({ schema, group: 'demo' });
    const port = screen.getByRole('spinbutton', { name: 'listen_port' });
    expect(port.getAttribute('min')).toBe('0');
    expect(port.getAttribute('max')).toBe('65535');
    await user.clear(port);
    await user.type(port, '70000');
    await waitFor(() => expect(errorOf(port)).toBe('oslo.config refuses it: Should be less than or equal to 65535'));

    const uri = screen.getByRole('textbox', { name: 'auth_url' });
    await user.type(uri, 'keystone:5000');
    await waitFor(() => expect(uri.getAttribute('aria-invalid')).toBe('true'));
    await user.clear(uri);
    await user.type(uri, 'https://keystone.example:5000/v3');
    await waitFor(() => expect(uri.getAttribute('aria-invalid')).toBeNull());

    const host = screen.getByRole('textbox', { name: 'bind_host' });
    await user.clear(host);
    await user.type(host, 'not a host!');
    await waitFor(() => expect(host.getAttribute('aria-invalid')).toBe('true'));
  });

  it('gives a float its bounds and accepts decimals', async () => {
    const { user } = renderEditor({ schema, group: 'demo' });
    const ratio = screen.getByRole('spinbutton', { name: 'ratio' });
    expect(ratio.getAttribute('step')).toBe('any');
    await user.clear(ratio);
    await user.type(ratio, '2.25');
    await expectPreview('[demo]\nratio = 2.25\n');
    await user.clear(ratio);
    await user.type(ratio, '12');
    await waitFor(() => expect(errorOf(ratio)).toBe('oslo.config refuses it: Should be less than or equal to 10'));
  });

  it('renders help as text: markup in it is shown, never run or rendered', () => {
    renderEditor({ schema, group: 'demo' });
    const field = screen.getByRole('textbox', { name: 'motd' }).closest('.oce-field')!;
    const help = field.querySelector('.oce-help')!;
    expect(help.querySelector('b, i, script')).toBeNull();
    expect([...help.querySelectorAll('p, li')].map((element) => element.textContent)).toEqual([
      'Shown <b>bold</b>?',
      '<script>alert(1)</script>',
      'first & <i>second</i>',
    ]);
  });

  it('marks an option deprecated for removal in its documentation', () => {
    renderEditor({ schema, group: 'demo' });
    const field = screen.getByRole('switch', { name: 'old_flag' }).closest('.oce-field')!;
    expect(field.textContent).toContain('deprecated for removal since 25.0.0: Nobody uses it.');
  });
});

describe('finding your way', () => {
  it('folds advanced options away until asked', async () => {
    const { user } = renderEditor({ schema, group: 'demo' });
    expect(screen.queryByRole('spinbutton', { name: 'pool_size' })).toBeNull();
    await user.click(screen.getByText('Advanced options (1)'));
    expect(screen.getByRole('spinbutton', { name: 'pool_size' })).toBeTruthy();
  });

  it('searches options by name and by help text', async () => {
    const { user } = renderEditor({ schema, group: 'demo' });
    const search = screen.getByRole('searchbox', { name: 'Search options' });
    await user.type(search, 'port');
    expect(screen.getByRole('spinbutton', { name: 'listen_port' })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'flavor' })).toBeNull();

    await user.clear(search);
    await user.type(search, 'authenticate');
    expect(screen.getByRole('textbox', { name: 'auth_url' })).toBeTruthy();
    expect(screen.queryByRole('spinbutton', { name: 'listen_port' })).toBeNull();

    // Advanced options that match are shown without opening the fold by hand.
    await user.clear(search);
    await user.type(search, 'pool size');
    expect(screen.getByRole('spinbutton', { name: 'pool_size' })).toBeTruthy();

    await user.clear(search);
    await user.type(search, 'nothing like this');
    expect(screen.getByText('No option of [demo] matches “nothing like this”.')).toBeTruthy();
  });

  it('shows only the options that are set, keeping their values', async () => {
    const { user } = renderEditor({ schema, group: 'demo' });
    await user.type(screen.getByRole('textbox', { name: 'auth_url' }), 'https://k:5000');
    await user.click(screen.getByRole('checkbox', { name: 'Only options that are set' }));
    expect(screen.getAllByRole('textbox').filter((input) => input.closest('.oce-form'))).toHaveLength(1);
    expect((screen.getByRole('textbox', { name: 'auth_url' }) as HTMLInputElement).value).toBe('https://k:5000');
    expect(screen.queryByRole('combobox', { name: 'flavor' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Only options that are set' }));
    expect(screen.getByRole('combobox', { name: 'flavor' })).toBeTruthy();
    await expectPreview('[demo]\nauth_url = https://k:5000\n');
  });
});

describe('several groups', () => {
  it('edits one group at a time, keeping each group’s values, and exports every group that is set', async () => {
    const base = widgetSchema();
    const second = { ...base.groups.find((group) => group.name === 'demo')!, name: 'other', help: 'Another group.' };
    const schema = { ...base, groups: [...base.groups, second] };
    const { user } = renderEditor({ schema, group: 'demo' });
    await user.type(screen.getByRole('textbox', { name: 'auth_url' }), 'https://a:5000');
    await showGroup(user, 'other');
    expect(screen.getByRole('heading', { name: '[other]' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'auth_url' }) as HTMLInputElement).value).toBe('');
    await user.type(screen.getByRole('textbox', { name: 'auth_url' }), 'https://b:5000');
    await expectPreview('[demo]\nauth_url = https://a:5000\n\n[other]\nauth_url = https://b:5000\n');
    await showGroup(user, 'demo');
    expect((screen.getByRole('textbox', { name: 'auth_url' }) as HTMLInputElement).value).toBe('https://a:5000');
  });
});
