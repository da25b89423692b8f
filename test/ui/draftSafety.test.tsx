// @vitest-environment jsdom
// What the editor says about the draft it keeps: a damaged one set aside, secrets masked and kept out of storage,
// a draft changed in another tab.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { builtinSchema } from '../../src/core';
import { draftKey } from '../../src/session/persistDraft';
import { ConfigEditor } from '../../src/ui/ConfigEditor';
import { expectPreview, MemoryStorage, renderEditor, widgetSchema } from './support';

const key = draftKey(builtinSchema, undefined);
const secrets = widgetSchema([{ name: 'transport_url', type: 'uri value', secret: true, help: 'Where the message queue is, with its credentials.' }]);

describe('a damaged draft', () => {
  it('is set aside with a notice, and the editor starts afresh', async () => {
    const storage = new MemoryStorage();
    const damaged = JSON.stringify({ format: 2, group: 'glance', style: 'minimal', keepSecrets: false, document: null, fields: { glance: { api_servers: { set: true, value: 'https://a:9292' } } } });
    storage.setItem(key, damaged);
    const { user } = renderEditor({ storage });
    const notice = screen.getByRole('alert');
    expect(notice.querySelector('p')!.textContent).toMatchInlineSnapshot(`"The draft kept in this browser for this schema could not be read (its fields give [glance] api_servers "https://a:9292", where a list of texts is expected), so the editor started afresh. That draft is set aside, not deleted."`);
    expect(within(notice).getByRole('button', { name: 'Download the set-aside draft' })).toBeTruthy();
    const aside = storage.key(0)!;
    expect(storage.getItem(aside)).toBe(damaged);

    await user.click(within(notice).getByRole('button', { name: 'Delete it' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(storage.getItem(aside)).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'cafile' }), '/ca.pem');
    await expectPreview('[glance]\ncafile = /ca.pem\n');
  });
});

describe('secrets', () => {
  it('are masked in the preview and the messages until shown', async () => {
    const { user } = renderEditor({ schema: secrets, group: 'demo' });
    await user.type(screen.getByLabelText('transport_url'), 'rabbit:hunter2');
    const field = screen.getByLabelText('transport_url');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    await screen.findByRole('heading', { name: 'Cannot export yet' });
    const problems = () => screen.getByRole('heading', { name: 'Cannot export yet' }).parentElement!.textContent!;
    expect(problems()).toContain("path='••••••'");
    expect(document.body.textContent).not.toContain('hunter2');

    await user.click(screen.getByRole('button', { name: 'Show secrets' }));
    expect(problems()).toContain("path='hunter2'");
    await user.clear(field);
    await user.type(field, 'rabbit://nova:hunter2@mq:5672/');
    await expectPreview('[demo]\ntransport_url = rabbit://nova:hunter2@mq:5672/\n');
    await user.click(screen.getByRole('button', { name: 'Show secrets' }));
    await expectPreview('[demo]\ntransport_url = ••••••\n');
  });

  it("are masked in the deployment tools' formats too", async () => {
    const { user } = renderEditor({ schema: secrets, group: 'demo' });
    await user.type(screen.getByLabelText('transport_url'), 'rabbit://nova:hunter2@mq:5672/');
    await expectPreview('[demo]\ntransport_url = ••••••\n');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'OpenStack-Ansible overrides (YAML)');
    await waitFor(() => expect(screen.getByLabelText('Export preview').textContent).toMatch(/transport_url: "••••••"/));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'crudini commands');
    await waitFor(() => expect(screen.getByLabelText('Export preview').textContent).toMatch(/crudini --set .* demo transport_url .*••••••/));
    expect(document.body.textContent).not.toContain('hunter2');
    await user.click(screen.getByRole('button', { name: 'Show secrets' }));
    expect(screen.getByLabelText('Export preview').textContent).toContain('hunter2');
  });

  it('stay out of the stored draft unless the user keeps them there', async () => {
    const storage = new MemoryStorage();
    const first = renderEditor({ schema: secrets, group: 'demo', storage });
    await first.user.type(screen.getByLabelText('password'), 's3cret');
    act(() => first.unmount());
    expect(storage.dump()).not.toContain('s3cret');

    const second = renderEditor({ schema: secrets, group: 'demo', storage });
    expect((screen.getByLabelText('password') as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(screen.getByLabelText('password').getAttribute('aria-invalid')).toBe('true'));
    await second.user.type(screen.getByLabelText('password'), 's3cret');
    await second.user.click(screen.getByRole('checkbox', { name: 'Keep secrets in this browser' }));
    act(() => second.unmount());
    expect(storage.dump()).toContain('s3cret');

    renderEditor({ schema: secrets, group: 'demo', storage });
    expect((screen.getByLabelText('password') as HTMLInputElement).value).toBe('s3cret');
  });
});

describe('two tabs on one draft', () => {
  it('announces a draft changed elsewhere, and the user chooses which to keep', async () => {
    const storage = new MemoryStorage();
    const user = userEvent.setup();
    // Two editors of one page stand for two tabs: each sees the other's save through a storage event.
    const { container: first } = render(<ConfigEditor schema={builtinSchema} group="glance" storage={storage} />);
    const { container: second } = render(<ConfigEditor schema={builtinSchema} group="glance" storage={storage} />);
    const retries = (container: HTMLElement) => within(container).getByRole('spinbutton', { name: 'num_retries' }) as HTMLInputElement;
    await user.type(retries(first), '3');
    await waitFor(() => expect(storage.getItem(key)).toContain('"num_retries"'));
    fireEvent(window, new StorageEvent('storage', { key }));

    const notice = within(second).getByRole('alert');
    expect(notice.querySelector('p')!.textContent).toMatchInlineSnapshot(`"This draft was changed in another tab or window. Nothing you do here is saved until you choose which to keep."`);
    expect(within(first).queryByRole('alert')).toBeNull();
    await user.type(retries(second), '7');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(JSON.parse(storage.getItem(key)!).fields.glance.num_retries.value).toBe(3);

    await user.click(within(notice).getByRole('button', { name: 'Load the other version' }));
    expect(retries(second).value).toBe('3');
    expect(within(second).queryByRole('alert')).toBeNull();
  });
});
