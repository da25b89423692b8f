import { booleanType } from './booleanType';
import { dictType } from './dictType';
import { hostAddressType, hostDomainType, hostnameType, ipAddressType } from './hostTypes';
import { listType } from './listType';
import { multiType } from './multiType';
import { floatType, integerType, portType } from './numberType';
import type { OptionType, OptionTypeDefinition, TypedOption } from './optionType';
import { rangeType } from './rangeType';
import { stringType } from './stringType';
import { unknownType } from './unknownType';
import { uriType } from './uriType';

/** Every oslo type the editor models. Adding one: its definition here, its widget in the UI's widget registry. */
export const optionTypes: Readonly<Record<OptionType, OptionTypeDefinition>> = {
  string: stringType,
  integer: integerType,
  float: floatType,
  boolean: booleanType,
  list: listType,
  dict: dictType,
  multi: multiType,
  port: portType,
  uri: uriType,
  hostaddress: hostAddressType,
  hostdomain: hostDomainType,
  hostname: hostnameType,
  ipaddress: ipAddressType,
  range: rangeType,
  unknown: unknownType,
};

const byGeneratorName = new Map(
  Object.entries(optionTypes).flatMap(([type, definition]) =>
    definition.generatorNames.map((name) => [name, type as OptionType] as const),
  ),
);

/** The type the generator's display name stands for; undefined for a name the editor does not know. */
export function typeOfGeneratorName(name: string): OptionType | undefined {
  return byGeneratorName.get(name);
}

export function definitionOf(option: Pick<TypedOption, 'type'>): OptionTypeDefinition {
  return optionTypes[option.type];
}

/** The bounds oslo checks: the option's own, else the type's (a port's 0 to 65535). */
export function boundsOf(option: TypedOption): { min: number | null; max: number | null } {
  const bounds = optionTypes[option.type].bounds;
  return { min: option.min ?? bounds?.min ?? null, max: option.max ?? bounds?.max ?? null };
}
