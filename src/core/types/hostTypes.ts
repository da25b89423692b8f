import { checkHostAddress, checkHostname, checkIpAddress } from './checkHost';
import { textType } from './textType';

export const hostAddressType = textType(['host address value'], (option, text) => checkHostAddress(text, false, option.facts?.version));
export const hostDomainType = textType(['host domain value'], (option, text) => checkHostAddress(text, true, option.facts?.version));
export const hostnameType = textType(['hostname value'], (_option, text) => checkHostname(text));
export const ipAddressType = textType(['IP address value'], (option, text) => checkIpAddress(text, option.facts?.version));
