// @vitest-environment jsdom
// Integers beyond 2^53 in the editor: shown, edited, exported and reported to the portal digit for digit.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ConfigValues } from '../../src/ui/ConfigEditor';
import { expectPreview, renderEditor } from './support';

describe('integers beyond 2^53', () => {
  it('show, edit and export exactly, and reach the portal as JSON can carry them', async () => {
    const onChange = vi.fn<(values: ConfigValues) => void>();
    const { user } = renderEditor({ initialText: '[glance]\ntimeout = 99999999999999999999999\ncafile = $timeout\n', onChange });
    expect((screen.getByRole('spinbutton', { name: 'timeout' }) as HTMLInputElement).value).toBe('99999999999999999999999');
    expect((screen.getByRole('textbox', { name: 'cafile' }) as HTMLInputElement).value).toBe('99999999999999999999999');

    await user.type(screen.getByRole('spinbutton', { name: 'num_retries' }), '{Control>}a{/Control}12345678901234567890');
    await expectPreview('[glance]\ntimeout = 99999999999999999999999\ncafile = $timeout\nnum_retries = 12345678901234567890\n');
    await waitFor(() => expect(onChange.mock.lastCall?.[0].glance?.num_retries).toEqual({ int: '12345678901234567890' }));
    expect(JSON.parse(JSON.stringify(onChange.mock.lastCall![0]))).toEqual({
      glance: { timeout: { int: '99999999999999999999999' }, cafile: '99999999999999999999999', num_retries: { int: '12345678901234567890' } },
    });
  });

  it('start from the JSON form of initial values', async () => {
    renderEditor({ initialValues: { glance: { num_retries: { int: '12345678901234567890' } } } });
    expect((screen.getByRole('spinbutton', { name: 'num_retries' }) as HTMLInputElement).value).toBe('12345678901234567890');
    await expectPreview('[glance]\nnum_retries = 12345678901234567890\n');
  });
});
