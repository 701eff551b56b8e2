import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { requirementIds } from '../rules/missing-information/requirements.js';
import { concepts, findKeyFacts, judgeRequirements } from '../src/kit/requirements/index.js';
import type { Profile } from '../src/model/diagnostic.js';
import { toDoc } from '../src/load/prose.js';
import { parseText } from '../src/load/text.js';
import { cost, growth, superlinear } from './helpers/growth.js';
import { root } from './helpers/lint.js';

/**
 * One table per requirement (rules/missing-information/fixtures/phrasings/<id>.json): the ways
 * people write it, from the corpus, the judged adverts, the examples and issue 16, must meet it,
 * and each with the sentence that says it as evidence; the near misses (a duty of the job, staff
 * of the service, a fee) must not; the ways of saying no must be declined.
 */
interface Table {
  profile: Profile;
  met: string[];
  nearMisses: string[];
  declined?: string[];
  notApplicable?: string[];
}

const folder = join(root, 'rules', 'missing-information', 'fixtures', 'phrasings');
const tables = new Map(readdirSync(folder).map((name) => [name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(folder, name), 'utf8')) as Table]));

function judge(id: string, text: string, profile: Profile) {
  const doc = toDoc(parseText(text), 'phrase.txt', profile);
  return judgeRequirements(doc, [id], { audience: 'new-entrant' })[0]!;
}

test('every requirement has a table, with at least 15 ways to say it and 8 near misses', () => {
  expect([...tables.keys()].sort()).toEqual([...requirementIds].sort());
  for (const [id, table] of tables) {
    expect(table.met.length, id).toBeGreaterThanOrEqual(15);
    expect(table.nearMisses.length, id).toBeGreaterThanOrEqual(8);
    // Every requirement that has ways of saying no is tested with them.
    if (concepts.get(id)!.declined) expect(table.declined?.length ?? 0, id).toBeGreaterThanOrEqual(3);
  }
});

for (const [id, table] of tables) {
  describe(id, () => {
    test('the ways to say it meet it, with the sentence as evidence', () => {
      const wrong = table.met.flatMap((text) => {
        const state = judge(id, text, table.profile);
        if (state.status !== 'met') return [`${state.status}: ${text}`];
        // The evidence is a sentence of the text, not some other place.
        return text.replace(/\s+/g, ' ').includes(state.unit!.text) ? [] : [`evidence «${state.unit!.text}» not in: ${text}`];
      });
      expect(wrong).toEqual([]);
    });
    test('the near misses do not', () => {
      expect(table.nearMisses.filter((text) => judge(id, text, table.profile).status !== 'missing')).toEqual([]);
    });
    if (table.declined) {
      test('the ways of saying no are declined', () => {
        expect(table.declined!.filter((text) => judge(id, text, table.profile).status !== 'declined')).toEqual([]);
      });
    }
    if (table.notApplicable) {
      test('it does not apply where it does not fit', () => {
        expect(table.notApplicable!.filter((text) => judge(id, text, table.profile).status !== 'not-applicable')).toEqual([]);
      });
    }
  });
}

describe('judging requirements and key facts stays linear on long inputs', () => {
  const inputs: Record<string, (n: number) => string> = {
    'one long sentence': (n) => 'please contact the team and tell us if you need support to apply for the post '.repeat(n / 80),
    'pounds': (n) => '£1 £1,000 - '.repeat(n / 12),
    'digits and slashes': (n) => '1/1/1 '.repeat(n / 6),
    'names and numbers': (n) => 'Contact Jo Bloggs on 0 '.repeat(n / 23),
    'at signs': (n) => 'a@'.repeat(n / 2),
    'closing words': (n) => 'closes apply by '.repeat(n / 16),
    'capitals': (n) => 'Aa Bb, '.repeat(n / 7),
    'spaces': (n) => `a${' '.repeat(n)}a`,
  };
  const small = 8_000;
  for (const profile of ['advert', 'event', 'interview-invite'] as const) {
    test(profile, () => {
      const slow: string[] = [];
      for (const [name, make] of Object.entries(inputs)) {
        const run = (text: string) => {
          const doc = toDoc(parseText(text), 'long.txt', profile);
          doc.sentences();
          return () => findKeyFacts(doc, judgeRequirements(doc, [...concepts.keys()], { audience: 'new-entrant' }));
        };
        const one = run(make(small));
        const many = run(make(small * growth));
        const [t1, t8] = [cost(one), cost(many)];
        if (superlinear(t1, t8)) slow.push(`${name}: ${t1.toFixed(1)} ms → ${t8.toFixed(1)} ms`);
      }
      expect(slow).toEqual([]);
    });
  }
});
