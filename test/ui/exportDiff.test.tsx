// @vitest-environment jsdom
// Before an imported file is downloaded or copied, the export panel shows what the export changes in it.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderEditor, widgetSchema } from './support';

const changes = (fileName: string) => screen.getByRole('region', { name: `Changes to ${fileName}` });
/** The changes as a reader hears them: each section, then each line. */
const heard = (region: HTMLElement) =>
  within(region)
    .getAllByRole('heading')
    .slice(1)
    .map((heading) => [heading.textContent, ...within(heading.parentElement!).getAllByRole('listitem').map((item) => item.textContent)]);

describe('the changes before an export', () => {
  it('lists the removed and added lines of the imported file, by section, with their count', async () => {
    const { user } = renderEditor({ initialText: '[DEFAULT]\ndebug = true\n\n[glance]\nnum_retries = 1\n[ssl]\nca_file = /ca.pem\n' });
    expect(within(changes('nova.conf')).getByText('No change: the export is the imported file.')).toBeTruthy();

    await user.type(screen.getByRole('spinbutton', { name: 'num_retries' }), '{Control>}a{/Control}4');
    await user.click(screen.getByRole('switch', { name: 'verify_glance_signatures' }));
    await waitFor(() => expect(within(changes('nova.conf')).getByText(/lines? removed/).textContent).toBe('1 line removed, 2 lines added.'));
    expect(heard(changes('nova.conf'))).toMatchInlineSnapshot(`
      [
        [
          "[glance]",
          "Removed, line 5 of the imported file: − num_retries = 1",
          "Added, line 5 of the export: + num_retries = 4",
          "Added, line 6 of the export: + verify_glance_signatures = true",
        ],
      ]
    `);
  });

  it('still compares with the file as imported after a fix rewrote its lines', async () => {
    const { user } = renderEditor({ initialText: '[glance]\nnum_retries = 1\n[ssl]\nca_file = /ca.pem\n' });
    await user.click(await screen.findByRole('button', { name: /^Fix: move line 4 to \[glance\] as cafile/ }));
    await waitFor(() => expect(within(changes('nova.conf')).getByText(/lines? removed/).textContent).toBe('1 line removed, 1 line added.'));
    expect(heard(changes('nova.conf'))).toMatchInlineSnapshot(`
      [
        [
          "[glance]",
          "Added, line 3 of the export: + cafile = /ca.pem",
        ],
        [
          "[ssl]",
          "Removed, line 4 of the imported file: − ca_file = /ca.pem",
        ],
      ]
    `);
  });

  it('masks secrets as the preview does', async () => {
    const schema = widgetSchema();
    const { user } = renderEditor({ schema, group: 'demo', initialText: '[demo]\npassword = old-s3cret\n' });
    await user.type(screen.getByLabelText('password'), '{Control>}a{/Control}new-s3cret');
    await waitFor(() => expect(within(changes('nova.conf')).getAllByRole('listitem')).toHaveLength(2));
    expect(changes('nova.conf').textContent).not.toMatch(/s3cret/);
    await user.click(screen.getByRole('button', { name: 'Show secrets' }));
    expect(heard(changes('nova.conf'))).toMatchInlineSnapshot(`
      [
        [
          "[demo]",
          "Removed, line 2 of the imported file: − password = old-s3cret",
          "Added, line 2 of the export: + password = new-s3cret",
        ],
      ]
    `);
  });
});
