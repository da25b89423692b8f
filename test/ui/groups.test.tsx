// @vitest-environment jsdom
// A schema of several groups: the group list and its counts, search across groups, and exporting the whole file
// or one group.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readGeneratorData } from '../../src/core';
import { expectPreview, previewText, renderEditor, showGroup } from './support';

function option(name: string, fields: Record<string, unknown> = {}) {
  return { name, dest: name, type: 'string value', default: null, help: '', deprecated_opts: [], ...fields };
}

const services = readGeneratorData({
  options: {
    DEFAULT: {
      help: '',
      opts: [
        option('host', { help: 'The name of this host.' }),
        option('workers', { type: 'integer value', min: 1, default: 4, help: 'How many worker processes to start.' }),
      ],
    },
    api: {
      help: 'The API service.',
      opts: [
        option('listen_port', { type: 'port value', default: 8774, help: 'The port the API listens on.' }),
        option('auth_strategy', { default: 'keystone', help: 'How the API authenticates requests.' }),
        option('legacy_workers', { type: 'integer value', deprecated_for_removal: true, deprecated_reason: 'Unused.', help: 'Worker processes of the old API.' }),
      ],
    },
    database: {
      help: '',
      opts: [option('connection', { secret: true, help: 'The database connection URL.' }), option('max_retries', { type: 'integer value', default: 10 })],
    },
  },
});

function groupButton(name: string): HTMLElement {
  return within(screen.getByRole('navigation', { name: 'Groups' })).getByRole('button', { name: new RegExp(`^\\[${name}\\]`) });
}

describe('the group list', () => {
  it('lists every group with options, the shown one marked', async () => {
    const { user } = renderEditor({ schema: services });
    const names = within(screen.getByRole('navigation', { name: 'Groups' }))
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(names).toEqual(['[DEFAULT]2 options', '[api]3 options', '[database]2 options']);
    expect(groupButton('DEFAULT').getAttribute('aria-current')).toBe('true');

    await showGroup(user, 'database');
    expect(screen.getByRole('heading', { name: '[database]' })).toBeTruthy();
    expect(groupButton('database').getAttribute('aria-current')).toBe('true');
    expect(groupButton('DEFAULT').getAttribute('aria-current')).toBeNull();
  });

  it('counts the options of each group that are set, invalid and flagged', async () => {
    const { user } = renderEditor({ schema: services, group: 'api' });
    await user.type(screen.getByRole('spinbutton', { name: 'listen_port' }), '{Control>}a{/Control}8080');
    await user.type(screen.getByRole('spinbutton', { name: 'legacy_workers' }), '2');
    await waitFor(() => expect(groupButton('api').textContent).toBe('[api]3 options2 set1 flagged'));

    await showGroup(user, 'DEFAULT');
    await user.type(screen.getByRole('spinbutton', { name: 'workers' }), '{Control>}a{/Control}0');
    await user.type(screen.getByRole('textbox', { name: 'host' }), 'compute-1');
    await waitFor(() => expect(groupButton('DEFAULT').textContent).toBe('[DEFAULT]2 options2 set1 invalid'));
    // The other groups' counts are untouched.
    expect(groupButton('api').textContent).toBe('[api]3 options2 set1 flagged');
    expect(groupButton('database').textContent).toBe('[database]2 options');

    await user.click(screen.getByRole('button', { name: 'Unset workers' }));
    await waitFor(() => expect(groupButton('DEFAULT').textContent).toBe('[DEFAULT]2 options1 set'));
  });
});

describe('search across groups', () => {
  it('lists the matching options of every group, each a link to its field in its group', async () => {
    const { user } = renderEditor({ schema: services });
    await user.type(screen.getByRole('searchbox', { name: 'Search options' }), 'worker');
    const results = await screen.findByRole('region', { name: 'Matches in every group' });
    expect(within(results).getByRole('status').textContent).toBe('2 options in 2 groups match “worker”:');
    expect(within(results).getAllByRole('link').map((link) => link.textContent)).toEqual([
      '[DEFAULT] workers',
      '[api] legacy_workers',
    ]);
    // The shown group's form is filtered by the same search.
    expect(screen.queryByRole('textbox', { name: 'host' })).toBeNull();

    await user.click(within(results).getByRole('link', { name: '[api] legacy_workers' }));
    expect(screen.getByRole('heading', { name: '[api]' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('spinbutton', { name: 'legacy_workers' }));
  });

  it('finds options by their help text, and says when nothing matches', async () => {
    const { user } = renderEditor({ schema: services });
    const search = screen.getByRole('searchbox', { name: 'Search options' });
    await user.type(search, 'authenticates');
    const results = await screen.findByRole('region', { name: 'Matches in every group' });
    expect(within(results).getByRole('status').textContent).toBe('1 option in 1 group matches “authenticates”:');
    expect(within(results).getAllByRole('link').map((link) => link.textContent)).toEqual(['[api] auth_strategy']);
    await user.clear(search);
    await user.type(search, 'nothing like this');
    await waitFor(() =>
      expect(within(screen.getByRole('region', { name: 'Matches in every group' })).getByRole('status').textContent).toBe(
        'No option matches “nothing like this”.',
      ),
    );
  });
});

describe('exporting several groups', () => {
  it('exports the whole file, or the shown group alone', async () => {
    const { user } = renderEditor({ schema: services, group: 'api' });
    await user.type(screen.getByRole('textbox', { name: 'auth_strategy' }), '{Control>}a{/Control}noauth2');
    await showGroup(user, 'database');
    await user.type(screen.getByRole('spinbutton', { name: 'max_retries' }), '{Control>}a{/Control}3');
    await expectPreview('[api]\nauth_strategy = noauth2\n\n[database]\nmax_retries = 3\n');
    expect(screen.getByRole('button', { name: 'Download oslo.conf' })).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Only [database]' }));
    expect(previewText()).toBe('[database]\nmax_retries = 3\n');
    expect(screen.getByRole('button', { name: 'Download database.conf' })).toBeTruthy();
    await showGroup(user, 'DEFAULT');
    expect(previewText()).toBe('[DEFAULT]\n');

    await user.click(screen.getByRole('radio', { name: 'The whole file' }));
    expect(previewText()).toBe('[api]\nauth_strategy = noauth2\n\n[database]\nmax_retries = 3\n');
  });

  it('writes every group in the annotated style, each option with its help', async () => {
    const { user } = renderEditor({ schema: services });
    await user.click(screen.getByRole('radio', { name: /Annotated/ }));
    await waitFor(() => expect(previewText()).toContain('[database]'));
    const text = previewText();
    expect(text.indexOf('[DEFAULT]')).toBeLessThan(text.indexOf('[api]'));
    expect(text.indexOf('[api]')).toBeLessThan(text.indexOf('[database]'));
    expect(text).toContain('# How the API authenticates requests.');
  });
});
