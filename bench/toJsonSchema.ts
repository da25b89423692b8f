import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { GeneratorData, GeneratorOption } from './generatorData';

/**
 * The same options as JSON Schema for rjsf: one object per group, one property per option keyed and titled by
 * its dest (so its label matches the editor's), the help as description. What JSON Schema cannot say (old names,
 * deprecation, oslo's own parsing) is left out: rjsf gets the easier job.
 */
export function toJsonSchema(data: GeneratorData): { schema: RJSFSchema; uiSchema: UiSchema } {
  const properties: Record<string, RJSFSchema> = {};
  const uiSchema: UiSchema = {};
  for (const [group, { help, opts }] of Object.entries(data.options)) {
    if (opts.length === 0) continue;
    const groupUi: UiSchema = {};
    properties[group] = {
      type: 'object',
      title: group,
      ...(help ? { description: help } : {}),
      properties: Object.fromEntries(opts.map((option) => [option.dest, toProperty(option)])),
    };
    for (const option of opts) {
      if (option.secret) groupUi[option.dest] = { 'ui:widget': 'password' };
    }
    uiSchema[group] = groupUi;
  }
  return { schema: { type: 'object', properties }, uiSchema };
}

function toProperty(option: GeneratorOption): RJSFSchema {
  const common: RJSFSchema = {
    title: option.dest,
    ...(option.help ? { description: option.help } : {}),
    ...(option.default === null || option.default === undefined ? {} : { default: option.default as never }),
  };
  const bounds: RJSFSchema = {
    ...(option.min === null ? {} : { minimum: option.min }),
    ...(option.max === null ? {} : { maximum: option.max }),
  };
  switch (option.type) {
    case 'integer value':
    case 'port value':
      return { ...common, type: 'integer', ...bounds };
    case 'floating point value':
      return { ...common, type: 'number', ...bounds };
    case 'boolean value':
      return { ...common, type: 'boolean' };
    case 'list value':
    case 'multi valued':
      return { ...common, type: 'array', items: { type: 'string' } };
    case 'dict value':
      return { ...common, type: 'object', additionalProperties: { type: 'string' } };
    case 'uri value':
      return { ...common, type: 'string', format: 'uri' };
    case 'host domain value':
      return { ...common, type: 'string', format: 'hostname' };
    default: {
      const choices = (option.choices ?? []).map(([value]) => value).filter((value) => value !== null);
      return { ...common, type: 'string', ...(choices.length ? { enum: choices.map(String) } : {}) };
    }
  }
}
