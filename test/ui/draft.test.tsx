// @vitest-environment jsdom
// Nothing lost: undo and redo, the draft kept across a reload, and discarding it.
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectPreview, MemoryStorage, renderEditor } from './support';

describe('draft', () => {
  it('undoes and redoes edits, a run of keystrokes in one field being one step', async () => {
    const { user } = renderEditor();
    await user.type(screen.getByRole('textbox', { name: 'cafile' }), '/etc/ca.pem');
    await user.click(screen.getByRole('switch', { name: 'verify_glance_signatures' }));
    await expectPreview('[glance]\nverify_glance_signatures = true\ncafile = /etc/ca.pem\n');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await expectPreview('[glance]\ncafile = /etc/ca.pem\n');
    expect((screen.getByRole('switch', { name: 'verify_glance_signatures' }) as HTMLInputElement).checked).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await expectPreview('[glance]\n');
    expect((screen.getByRole('textbox', { name: 'cafile' }) as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('button', { name: 'Undo' }).getAttribute('aria-disabled')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect((screen.getByRole('textbox', { name: 'cafile' }) as HTMLInputElement).value).toBe('/etc/ca.pem');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await expectPreview('[glance]\nverify_glance_signatures = true\ncafile = /etc/ca.pem\n');
    await user.keyboard('{Control>}z{/Control}');
    await expectPreview('[glance]\ncafile = /etc/ca.pem\n');
  });

  it('keeps the draft across a reload, imported file included', async () => {
    const storage = new MemoryStorage();
    const first = renderEditor({ storage });
    await first.user.click(screen.getByRole('textbox', { name: 'File text' }));
    await first.user.paste('[DEFAULT]\ndebug = true\n[glance]\nnum_retries = 1\n');
    await first.user.click(screen.getByRole('button', { name: 'Import text' }));
    await first.user.type(screen.getByRole('textbox', { name: 'cafile' }), '/ca.pem');
    first.unmount();

    renderEditor({ storage });
    expect((screen.getByRole('textbox', { name: 'cafile' }) as HTMLInputElement).value).toBe('/ca.pem');
    await expectPreview('[DEFAULT]\ndebug = true\n[glance]\nnum_retries = 1\ncafile = /ca.pem\n');
  });

  it('discards the draft, and undo brings it back', async () => {
    const storage = new MemoryStorage();
    const { user, unmount } = renderEditor({ storage });
    await user.type(screen.getByRole('textbox', { name: 'cafile' }), '/ca.pem');
    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    await expectPreview('[glance]\n');
    expect((screen.getByRole('textbox', { name: 'cafile' }) as HTMLInputElement).value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await expectPreview('[glance]\ncafile = /ca.pem\n');
    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    act(() => unmount());

    renderEditor({ storage });
    await expectPreview('[glance]\n');
  });

  it('starts from initialText as if it were imported', async () => {
    renderEditor({ initialText: '[glance]\n# keep me\nnum_retries = 2\n' });
    expect((screen.getByRole('spinbutton', { name: 'num_retries' }) as HTMLInputElement).value).toBe('2');
    await expectPreview('[glance]\n# keep me\nnum_retries = 2\n');
  });
});
