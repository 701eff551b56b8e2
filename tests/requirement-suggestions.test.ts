import { describe, expect, test } from 'vitest';
import { requirements } from '../rules/missing-information/requirements.js';
import { audiences } from '../src/model/diagnostic.js';
import { lintWithRule } from './helpers/lint.js';

/** The sentence offered for a missing requirement, for a bare advert written for this audience. */
async function suggested(audience: string, requirement: string): Promise<string | null | undefined> {
  const result = await lintWithRule('missing-information', `---\nwiden-audience: ${audience}\n---\n\n# A job\n\nCome and work with us.\n`);
  return result.diagnostics.find((d) => d.requirement === requirement)?.suggestions[0]?.replacement;
}

describe('sentences to paste fit the post', () => {
  test('routes in and flexible working differ for registered, experienced and new-entrant posts', async () => {
    for (const requirement of ['entry-routes', 'flexible-working']) {
      const sentences = await Promise.all(audiences.map((audience) => suggested(audience, requirement)));
      expect(new Set(sentences).size, requirement).toBe(3);
    }
    expect(await suggested('registered', 'entry-routes')).not.toMatch(/do not need/);
    expect(await suggested('new-entrant', 'entry-routes')).toMatch(/^You do not need \[experience\]/);
  });

  test('the offers an employer may not make are in [brackets]', () => {
    // Training, flexible hours and other formats are the employer's to offer: each sentence leaves them to be filled in.
    const offers = requirements.filter((requirement) => ['entry-routes', 'flexible-working', 'alternative-formats'].includes(requirement.id));
    for (const requirement of offers) {
      for (const sentence of [requirement.sentence, ...Object.values(requirement.sentences ?? {})]) expect(sentence, requirement.id).toMatch(/\[[^\]]+\]/);
    }
  });
});
