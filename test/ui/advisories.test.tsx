// @vitest-environment jsdom
// The core's advisories where they apply: a mark on the field, the explanation, the fix as a button, and a
// summary linking to each field. Findings come from the real checkFiles.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectPreview, previewText, renderEditor } from './support';

function fieldOf(control: HTMLElement): HTMLElement {
  return control.closest('.oce-field') as HTMLElement;
}

describe('advisories', () => {
  it('marks insecure = true as Insecure, explains it, and fixes it with one button', async () => {
    const { user } = renderEditor();
    const insecure = screen.getByRole('switch', { name: 'insecure' });
    expect(within(fieldOf(insecure)).queryByText('Insecure')).toBeNull();

    await user.click(insecure);
    await expectPreview('[glance]\ninsecure = true\n');
    const field = fieldOf(insecure);
    expect(within(field).getAllByText('Insecure').length).toBeGreaterThan(0);
    expect(field.textContent).toContain('accepts any certificate');
    const advice = insecure.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id));
    expect(advice.some((element) => element?.textContent?.includes('accepts any certificate'))).toBe(true);

    await user.click(within(field).getByRole('button', { name: /^Fix: set insecure = false/ }));
    await expectPreview('[glance]\ninsecure = false\n');
    expect((screen.getByRole('switch', { name: 'insecure' }) as HTMLInputElement).checked).toBe(false);
    expect(fieldOf(screen.getByRole('switch', { name: 'insecure' })).textContent).not.toContain('accepts any certificate');
  });

  it('lists every advisory in a summary whose links lead to the field', async () => {
    const { user } = renderEditor();
    await user.click(screen.getByRole('switch', { name: 'insecure' }));
    const summary = screen.getByRole('region', { name: 'Advisories' });
    const link = await within(summary).findByRole('link', { name: /insecure = true: nova does not check/ });
    await user.click(link);
    expect(document.activeElement).toBe(screen.getByRole('switch', { name: 'insecure' }));
  });

  it('shows an old name as Deprecated and moves it to the new name with its fix', async () => {
    const { user } = renderEditor({ initialText: '[ssl]\nca_file = /etc/ssl/glance-ca.pem\n\n[glance]\nnum_retries = 2\n' });
    const cafile = screen.getByRole('textbox', { name: 'cafile' }) as HTMLInputElement;
    expect(cafile.value).toBe('/etc/ssl/glance-ca.pem');
    const field = fieldOf(cafile);
    // The checks run after the first paint.
    expect((await within(field).findAllByText('Deprecated')).length).toBeGreaterThan(0);
    expect(field.textContent).toContain('[ssl] ca_file is the old name of [glance] cafile');

    await user.click(within(field).getByRole('button', { name: /^Fix: move line 2 to \[glance\] as cafile/ }));
    await waitFor(() => expect(previewText()).not.toContain('ca_file'));
    const text = previewText();
    expect(text).toContain('cafile = /etc/ssl/glance-ca.pem');
    expect(text).toContain('num_retries = 2');
    await waitFor(() => expect(fieldOf(screen.getByRole('textbox', { name: 'cafile' })).textContent).not.toContain('old name of'));
    expect((screen.getByRole('textbox', { name: 'cafile' }) as HTMLInputElement).value).toBe('/etc/ssl/glance-ca.pem');

    // A fix is one undo step.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await expectPreview('[ssl]\nca_file = /etc/ssl/glance-ca.pem\n\n[glance]\nnum_retries = 2\n');
  });

  it('marks an informational finding as a Note, not by its kind', async () => {
    // [glance] timeout unset is of kind insecure but severity info: it is about reliability.
    renderEditor({ initialText: '[glance]\nnum_retries = 2\n' });
    const summary = screen.getByRole('region', { name: 'Advisories' });
    const item = (await within(summary).findByText(/timeout is not set/)).closest('li') as HTMLElement;
    expect(item.querySelector('.oce-mark')?.textContent).toBe('Note');
    const field = fieldOf(screen.getByRole('spinbutton', { name: 'timeout' }));
    await waitFor(() => expect(within(field).getAllByText('Note').length).toBeGreaterThan(0));
    expect(within(field).queryByText('Insecure')).toBeNull();
  });

  it('gives an imported api_insecure = true one entry per line and only the secure fix, saying why the other is left out', async () => {
    const { user } = renderEditor({ initialText: '[glance]\napi_insecure = true\n' });
    const insecure = screen.getByRole('switch', { name: 'insecure' });
    const field = fieldOf(insecure);
    await waitFor(() => expect(within(field).getAllByRole('button', { name: /^Fix:/ })).toHaveLength(1));
    expect(within(field).getByText('old name: api_insecure')).toBeTruthy();
    expect(within(field).getAllByRole('button', { name: /^Fix:/ }).map((button) => button.textContent)).toEqual([
      'Fix: delete api_insecure and set insecure = false',
    ]);
    expect(within(field).getByText(/^Not offered: “add insecure = true next to line 2, keeping api_insecure”/)).toBeTruthy();
    const summary = screen.getByRole('region', { name: 'Advisories' });
    expect(within(summary).getAllByRole('listitem')[0]!.textContent).toMatchInlineSnapshot(`"InsecureDeprecated [glance] insecure = true: nova does not check the image service's TLS certificate (line 2, and 2 more about this line)"`);
    await user.click(within(field).getByRole('button', { name: 'Fix: delete api_insecure and set insecure = false' }));
    await expectPreview('[glance]\ninsecure = false\n');
  });
});
