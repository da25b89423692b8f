import { checkHostAddress, checkHostname, checkIpAddress } from './checkHost';
import { textType } from './textType';

export const hostAddressType = textType(['host address value'], (_option, text) => checkHostAddress(text, false));
export const hostDomainType = textType(['host domain value'], (_option, text) => checkHostAddress(text, true));
export const hostnameType = textType(['hostname value'], (_option, text) => checkHostname(text));
export const ipAddressType = textType(['IP address value'], (_option, text) => checkIpAddress(text));
