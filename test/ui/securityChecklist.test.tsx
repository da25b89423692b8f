// @vitest-environment jsdom
// The Security checklist panel: the guide's items for the schema's service, failing items linking to their field,
// where the fix is; it follows the file as it changes.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readGeneratorData } from '../../src/core';
import { expectPreview, renderEditor } from './support';

const itemOf = (id: string) => within(screen.getByRole('region', { name: 'Security checklist' })).getByRole('link', { name: id }).closest('li') as HTMLElement;

describe('the Security checklist', () => {
  it("lists the Compute checklist for nova's [glance]: pass, fail with the finding linking to the field, not applicable with why", async () => {
    const { user } = renderEditor({ initialText: '[glance]\napi_servers = http://glance.example.org:9292\n' });
    const panel = screen.getByRole('region', { name: 'Security checklist' });
    expect(within(panel).getByRole('link', { name: 'Compute service checklist' }).getAttribute('href')).toBe('https://docs.openstack.org/security-guide/compute/checklist.html');
    await waitFor(() => expect(itemOf('Check-Compute-05').textContent).toMatch(/^Fail/));
    expect(itemOf('Check-Compute-04').textContent).toMatchInlineSnapshot(`"Not applicable Check-Compute-04 Is secure protocol used for authentication?The nova schema has none of [keystone_authtoken] www_authenticate_uri, [keystone_authtoken] insecure."`);
    expect(itemOf('Check-Compute-01').textContent).toMatch(/^Not applicable.*check --deployed/);

    await user.click(within(itemOf('Check-Compute-05')).getByRole('link', { name: /api_servers: http:\/\/glance.example.org:9292 is plain HTTP/ }));
    const servers = screen.getByRole('group', { name: 'api_servers' });
    expect(servers.contains(document.activeElement)).toBe(true);
    await user.click(within(servers.closest('.oce-field') as HTMLElement).getByRole('button', { name: /^Fix: use https:\/\// }));
    await expectPreview('[glance]\napi_servers = https://glance.example.org:9292\n');
    await waitFor(() => expect(itemOf('Check-Compute-05').textContent).toMatch(/^Pass/));
  });

  it('says so for a service the guide has no checklist for', () => {
    const schema = readGeneratorData({ options: { DEFAULT: { help: '', opts: [] }, demo: { help: '', opts: [{ name: 'x', dest: 'x', type: 'string value', default: null, help: '', namespace: 'octavia' }] } } });
    renderEditor({ schema, group: 'demo' });
    expect(screen.getByRole('region', { name: 'Security checklist' }).textContent).toMatch(/The OpenStack Security Guide has no checklist for octavia/);
  });
});
