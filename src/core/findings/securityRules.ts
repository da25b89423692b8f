import { endpointRules } from './security/endpointRules';
import { messagingRules } from './security/messagingRules';
import { novaGlanceRules } from './security/novaGlanceRules';
import { serviceRules } from './security/serviceRules';
import { tlsClientRules } from './security/tlsClientRules';
import type { SecurityRule } from './security/types';

export type { RuleContext, RuleValues, SecurityRule } from './security/types';

/**
 * The project's security rules, one table per area: every TLS client group (keystoneauth's and keystonemiddleware's),
 * endpoints, messaging, nova's [glance], and the settings of single services that the Security Guide judges.
 */
export const securityRules: SecurityRule[] = [...tlsClientRules, ...endpointRules, ...novaGlanceRules, ...messagingRules, ...serviceRules];
