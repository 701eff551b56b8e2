import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import { rewriteProblems } from '../src/kit/rewrite-check.js';
import { checkedSplit, splitPoint } from '../src/kit/split-sentence.js';
import type { Diagnostic, FileResult } from '../src/model/diagnostic.js';
import { Linter } from '../src/index.js';
import { docsPath } from '../src/model/rule.js';
import { corpusPath, describeWithCorpus, hasCorpus } from './helpers/corpus.js';
import { root } from './helpers/lint.js';

type When = 'always' | 'sometimes' | 'never';

/**
 * Where a rule's doc says “Replacement: sometimes”, when it must give one. Each predicate
 * follows the sentence in the doc's Suggestions section.
 */
const sometimes: Record<string, (diagnostic: Diagnostic, result: FileResult) => boolean> = {
  // Every phrase except those whose only fix is to take them out.
  'exclusionary-wording': (d) => !/history of|sick|aged?\s|ages of|need not apply|lived in|resident in/i.test(d.excerpt),
  // Only the finding about the whole advert is reported by default; it is advice.
  'gender-coded': () => false,
  // When a plainer word is known or the sentence can be split: at least whenever it can be split.
  'hard-sentence': (d) => splits(d.excerpt),
  // Every term but a pay band (advice: only the employer knows the pay) and hours written before a noun.
  'health-jargon': (d) => !/^“[^”]*\b(?:band|bands)\b/i.test(d.message) && !/whole-time|hours a week the job is/.test(d.message),
  // Insults with no plain meaning only get advice.
  'insensitive-wording': (d) => !/^(?:psychos?|lunatics?|loon(?:y|ies)|nutters?|mental case|schizo)$/i.test(d.excerpt),
  // Markdown and text; HTML and Word get advice.
  'long-paragraph': (_d, result) => result.format === 'markdown' || result.format === 'text',
  'long-sentence': (d) => splits(d.excerpt),
  // A missing requirement (about the whole document) gets a sentence to add; a declined one gets advice.
  'missing-information': (d) => d.excerpt === '',
  // The demands always; a rewrite otherwise when the subject is plain.
  'passive-voice': (d) => /^(?:be|are|is) (?:expected|required|obliged) to$/i.test(d.excerpt),
};

/** Whether the sentence has a clean place to split that reads as two sentences. */
function splits(text: string): boolean {
  const found = splitPoint(text);
  const replacement = found ? checkedSplit(text, found)?.replacement : undefined;
  return replacement != null && rewriteProblems(text, replacement).length === 0;
}

function replacementRule(id: string): When {
  const doc = readFileSync(join(root, docsPath(id)), 'utf8');
  const section = /^## Suggestions\n([\s\S]*?)^## /m.exec(doc)?.[1] ?? '';
  const when = /\*\*Replacement: (always|sometimes|never)\.\*\*/.exec(section)?.[1];
  if (!when) throw new Error(`${docsPath(id)} has no “**Replacement: always|sometimes|never.**” in a Suggestions section`);
  return when as When;
}

let results: FileResult[] = [];

beforeAll(async () => {
  // The example adverts, and (when it is found) the NHS Jobs corpus as HTML pages and as text.
  const paths = [join(root, 'examples'), ...(hasCorpus ? [corpusPath('adverts', 'nhsjobs-2020')] : [])];
  results = await new Linter({ configPath: join(root, 'tests', 'fixtures', 'empty.widenrc.json'), jobs: 1 }).lintPaths(paths);
}, 120_000);

describeWithCorpus('every finding says what to write instead: the NHS corpus too', () => {
  test('the 30 NHS Jobs adverts were read, as HTML pages and as text', () => {
    const nhs = corpusPath('adverts', 'nhsjobs-2020');
    expect(results.filter((result) => !result.error && result.path.startsWith(nhs)).length).toBe(60);
  });
});

describe('every finding says what to write instead', () => {
  test('the examples were read', () => {
    expect(results.filter((result) => !result.error && result.path.startsWith(join(root, 'examples'))).length).toBe(7);
  });

  test('every finding has a suggestion with words in it', () => {
    for (const result of results) {
      for (const d of result.diagnostics) {
        expect(d.suggestions.length, `${result.path} ${d.ruleId} “${d.excerpt}”`).toBeGreaterThan(0);
        expect(d.suggestions[0]!.text.trim(), `${result.path} ${d.ruleId}`).not.toBe('');
      }
    }
  });

  for (const rule of rules) {
    const id = rule.meta.id;
    test(`${id}: replacements where its doc says there are`, () => {
      const when = replacementRule(id);
      if (when === 'sometimes') expect(sometimes[id], `tests/suggestions.test.ts needs a predicate for ${id}`).toBeDefined();
      for (const result of results) {
        for (const d of result.diagnostics.filter((diagnostic) => diagnostic.ruleId === id)) {
          const has = d.suggestions.some((suggestion) => suggestion.replacement !== null);
          const label = `${result.path} “${d.excerpt}”`;
          if (when === 'always') expect(has, label).toBe(true);
          if (when === 'never') expect(has, label).toBe(false);
          if (when === 'sometimes' && sometimes[id]!(d, result)) expect(has, label).toBe(true);
        }
      }
    });
  }

  test('safe suggestions replace flagged words with different words, and only rules that declare fixes make them', () => {
    const fixable = new Map(rules.map((rule) => [rule.meta.id, rule.meta.fixable]));
    for (const result of results) {
      for (const d of result.diagnostics) {
        for (const suggestion of d.suggestions.filter((candidate) => candidate.safe)) {
          const label = `${result.path} ${d.ruleId} “${d.excerpt}”`;
          expect(fixable.get(d.ruleId), label).toBe(true);
          expect(d.excerpt, label).not.toBe('');
          expect(suggestion.replacement, label).not.toBeNull();
          expect(suggestion.replacement, label).not.toBe(d.excerpt);
        }
      }
    }
  });
});
