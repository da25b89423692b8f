import type { GroupValues, WriteError } from '../ini/writeSection';
import type { ConfigSchema } from '../schema/types';
import { crudiniScriptName, writeCrudiniCommands } from './writeCrudiniCommands';
import { writeKollaOverride } from './writeKollaOverride';
import { openstackAnsibleVariable, writeOpenstackAnsibleOverrides } from './writeOpenstackAnsibleOverrides';

/** The forms deployment tools take, beside the INI file itself. */
export type DeploymentFormat = 'kolla-ansible' | 'openstack-ansible' | 'crudini';

export const deploymentFormats: readonly DeploymentFormat[] = ['kolla-ansible', 'openstack-ansible', 'crudini'];

/**
 * The options that are set, in a deployment tool's form, for the service file `fileName` (`nova.conf`): the name to
 * save it under, and its text or why it cannot be written.
 */
export function writeDeploymentExport(
  format: DeploymentFormat,
  schema: ConfigSchema,
  values: Record<string, GroupValues>,
  fileName: string,
): { fileName: string } & ({ text: string } | { errors: WriteError[] }) {
  switch (format) {
    case 'kolla-ansible':
      return { fileName, ...writeKollaOverride(schema, values) };
    case 'openstack-ansible':
      return {
        fileName: `user_variables_${fileName.replace(/\.conf$/, '')}.yml`,
        ...writeOpenstackAnsibleOverrides(schema, values, openstackAnsibleVariable(fileName)),
      };
    case 'crudini':
      return { fileName: crudiniScriptName(fileName), ...writeCrudiniCommands(schema, values, fileName) };
  }
}
