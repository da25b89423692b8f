// Helpers for the component tests: the editor rendered as a user meets it, over an in-memory Storage.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import userEvent from '@testing-library/user-event';
import { builtinSchema, readGeneratorData, type ConfigSchema } from '../../src/core';
import { ConfigEditor, type EditorProps } from '../../src/ui/ConfigEditor';
import { MemoryStorage } from '../support/memoryStorage';

export { MemoryStorage };

// Without vitest globals, Testing Library cannot unmount by itself between tests.
afterEach(cleanup);

export function renderEditor(props: Partial<EditorProps> & { schema?: ConfigSchema } = {}) {
  const user = userEvent.setup();
  const storage = props.storage ?? new MemoryStorage();
  const utils = render(<ConfigEditor group="glance" storage={storage} {...props} schema={props.schema ?? builtinSchema} />);
  return { user, storage, ...utils };
}

/** Shows a group from the group list. */
export async function showGroup(user: ReturnType<typeof userEvent.setup>, name: string): Promise<void> {
  const groups = screen.getByRole('navigation', { name: 'Groups' });
  await user.click(within(groups).getByRole('button', { name: new RegExp(`^\\[${name}\\]`) }));
}

/** The text of the live export preview. */
export function previewText(): string {
  return screen.getByLabelText('Export preview').textContent ?? '';
}

/** Waits for the preview to show `text`: the export is checked in the task after a change. */
export async function expectPreview(text: string): Promise<void> {
  await waitFor(() => expect(previewText()).toBe(text));
}

/** A schema in oslo-config-generator's JSON format with one option of every kind the editor has a widget for. */
export function widgetSchema(extra: Record<string, unknown>[] = []): ConfigSchema {
  const opt = (fields: Record<string, unknown>) => ({
    default: null,
    help: '',
    choices: [],
    min: null,
    max: null,
    required: false,
    secret: false,
    advanced: false,
    mutable: false,
    sample_default: null,
    deprecated_for_removal: false,
    deprecated_reason: null,
    deprecated_since: null,
    deprecated_opts: [],
    namespace: 'test',
    ...fields,
    dest: fields.name,
  });
  return readGeneratorData({
    options: {
      DEFAULT: { help: '', opts: [] },
      demo: {
        help: 'Options for the widget tests.',
        opts: [
          opt({ name: 'flavor', type: 'string value', default: 'small', choices: [['small', 'A small one'], ['large', null]], help: 'Pick one.' }),
          opt({ name: 'password', type: 'string value', secret: true, help: 'The service password.' }),
          opt({ name: 'labels', type: 'dict value', default: {}, help: 'Key and value pairs.' }),
          opt({ name: 'hooks', type: 'multi valued', default: [], help: 'One per line.' }),
          opt({ name: 'listen_port', type: 'port value', default: 8080, help: 'The port.' }),
          opt({ name: 'auth_url', type: 'uri value', help: 'Where to authenticate.' }),
          opt({ name: 'bind_host', type: 'host address value', default: '0.0.0.0', help: 'The address.' }),
          opt({ name: 'ratio', type: 'floating point value', default: 1.5, min: 0, max: 10, help: 'A ratio.' }),
          opt({ name: 'pool_size', type: 'integer value', default: 4, advanced: true, help: 'Advanced: pool size.' }),
          opt({ name: 'old_flag', type: 'boolean value', default: false, deprecated_for_removal: true, deprecated_reason: 'Nobody uses it.', deprecated_since: '25.0.0', help: 'Deprecated flag.' }),
          ...extra.map(opt),
        ],
      },
    },
  });
}

/** Waits until the file can be downloaded (its checks run after the next paint), and gives the button. */
export async function downloadButton(fileName: string): Promise<HTMLButtonElement> {
  const button = screen.getByRole('button', { name: `Download ${fileName}` }) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false));
  return button;
}
