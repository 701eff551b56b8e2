import { maxLimits } from '../io/limits.js';
import { audiences, profiles, severities } from '../model/diagnostic.js';
import type { Rule } from '../model/rule.js';

/** The JSON Schema of widen's configuration, built from rule metadata so it is never out of step. */
export function configSchema(rules: readonly Rule<any>[]): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of rules) {
    const level = { enum: ['off', ...severities], description: `Severity of ${rule.meta.id}, or "off".` };
    const options = {
      type: 'object',
      additionalProperties: false,
      properties: rule.meta.options ?? {},
    };
    ruleProperties[rule.meta.id] = {
      description: rule.meta.description,
      oneOf: [
        level,
        { type: 'array', prefixItems: [level, options], minItems: 1, maxItems: 2, items: false },
        {
          type: 'object',
          additionalProperties: false,
          properties: { severity: level, options },
        },
      ],
    };
  }
  const rulesObject = {
    type: 'object',
    description: 'Severity ("off", "info", "warning", "error") or [severity, options] for each rule.',
    additionalProperties: false,
    properties: ruleProperties,
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://widen.invalid/schemas/widen.config.schema.json',
    title: 'widen configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      profile: { enum: [...profiles], description: 'Which kind of document: advert, event or interview-invite.' },
      audience: {
        enum: [...audiences],
        description: 'Who the documents are for: registered professionals, experienced people without a registration, or new entrants. Left out, widen reads it from each document.',
      },
      rules: rulesObject,
      ignore: { type: 'array', items: { type: 'string' }, description: 'Globs (relative to this file) not to lint.' },
      docsUrl: {
        type: 'string',
        pattern: '^https?://',
        description: 'Where reports link a rule\'s page: <docsUrl>rules/<id>/<id>.md (default: widen\'s repository at main). Read from the configuration of the working folder, or --config; --docs-url wins.',
      },
      limits: {
        type: 'object',
        description: 'Limits for the files this configuration governs; the command line wins over them.',
        additionalProperties: false,
        properties: {
          maxFileSize: { type: 'number', exclusiveMinimum: 0, maximum: maxLimits.size, description: 'Largest file to read, in megabytes (default 10).' },
          maxDocxSize: { type: 'number', exclusiveMinimum: 0, maximum: maxLimits.size, description: 'Most a Word document may unpack to, in megabytes (default 50).' },
          timeout: { type: 'number', exclusiveMinimum: 0, maximum: maxLimits.timeout, description: 'Time one file may take, in seconds (default 10, at most 2147483: about 24 days).' },
        },
      },
      overrides: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: { type: 'array', items: { type: 'string' }, minItems: 1 },
            profile: { enum: [...profiles] },
            audience: { enum: [...audiences] },
            rules: rulesObject,
          },
        },
      },
    },
  };
}
