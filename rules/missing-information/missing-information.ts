import { defineRule } from '../../src/rule.js';
import { requirements } from './requirements.js';

export const missingInformation = defineRule({
  meta: {
    id: 'missing-information',
    category: 'required-information',
    severity: 'warning',
    description: 'Check that the information each group needs to apply or attend is there',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: false,
    defaultOptions: { ignore: [] as string[] },
    options: {
      ignore: {
        type: 'array',
        items: { type: 'string', enum: requirements.map((requirement) => requirement.id) },
        description: 'Requirement ids not to check.',
      },
    },
  },
  check(doc, context) {
    const prose = doc.proseText();
    for (const requirement of requirements) {
      if (!requirement.profiles.includes(doc.profile)) continue;
      if (context.options.ignore.includes(requirement.id)) continue;
      if (requirement.patterns.some((pattern) => pattern.test(prose))) continue;
      context.report({
        message: requirement.missing,
        note: requirement.why,
        requirement: requirement.id,
        suggestions: [{ text: 'Add a sentence such as this one', replacement: requirement.sentence, safe: false }],
      });
    }
  },
});
