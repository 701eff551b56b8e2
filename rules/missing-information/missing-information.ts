import { defineRule } from '../../src/model/rule.js';
import { requirementIds, requirements } from './requirements.js';

export const missingInformation = defineRule({
  meta: {
    id: 'missing-information',
    category: 'required-information',
    severity: 'error',
    description: 'Check that the information each group needs to apply or attend is there',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: false,
    defaultOptions: { ignore: [] as string[] },
    options: {
      ignore: {
        type: 'array',
        items: { type: 'string', enum: [...requirementIds] },
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
      // Email addresses and links are blanked out of the prose, so contacts are looked for in the source.
      if (requirement.sourcePatterns?.some((pattern) => pattern.test(doc.source))) continue;
      context.report({
        message: requirement.missing,
        note: requirement.why,
        requirement: requirement.id,
        severity: requirement.severity,
        suggestions: [{ text: 'Add a sentence such as this one', replacement: requirement.sentence, safe: false }],
      });
    }
  },
});
