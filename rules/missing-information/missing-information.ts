import { defineRule, type RequirementReport, type RuleContext } from '../../src/model/rule.js';
import type { Doc } from '../../src/model/document.js';
import { judgeRequirements } from '../../src/kit/requirements/evaluate.js';
import { requirementIds, requirements, type Requirement } from './requirements.js';

interface Options {
  ignore: string[];
}

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
    for (const { requirement, state } of judged(doc, context)) {
      if (state.status === 'missing') {
        context.report({
          message: requirement.missing,
          note: requirement.why,
          requirement: requirement.id,
          severity: requirement.severity,
          suggestions: [{ text: 'Add a sentence such as this one', replacement: state.suggestion!, safe: false }],
        });
      } else if (state.status === 'declined') {
        // The document answered the question with a no: information, not a gap.
        context.report({
          message: `${requirement.declines ?? `This declines ${requirement.id.replace(/-/g, ' ')}`}: that answers the question, and a reason helps people decide`,
          note: requirement.why,
          requirement: requirement.id,
          start: state.start!,
          end: state.end!,
          informational: true,
          suggestions: [{ text: state.suggestion!, replacement: null, safe: false }],
        });
      }
    }
  },
  requirements(doc, context) {
    return judged(doc, context).map(({ state }) => state);
  },
});

/** The profile's requirements, each with its state and the sentence to suggest for this document. */
function judged(doc: Doc, context: RuleContext<Options>): Array<{ requirement: Requirement; state: RequirementReport }> {
  const own = requirements.filter((requirement) => requirement.profiles.includes(doc.profile));
  const states = judgeRequirements(
    doc,
    own.map((requirement) => requirement.id),
    { audience: context.audience, ignore: context.options.ignore },
  );
  return own.map((requirement, index) => {
    const { status, unit } = states[index]!;
    const state: RequirementReport = { id: requirement.id, status };
    if (unit) Object.assign(state, { start: unit.start, end: unit.end, excerpt: unit.text });
    if (status === 'missing') state.suggestion = requirement.sentences?.[context.audience] ?? requirement.sentence;
    if (status === 'declined') state.suggestion = requirement.declined ?? 'Say why, so people know where they stand before they apply.';
    return { requirement, state };
  });
}
