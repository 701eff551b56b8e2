import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import retextReadability from 'retext-readability';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { formulasAbove } from '../rules/hard-sentence/score.js';
import { corpusPath, describeWithCorpus } from './helpers/corpus.js';

const parser = new ParseEnglish();

describeWithCorpus('hard-sentence rates sentences as retext-readability does', () => {
  const folder = corpusPath('adverts', 'nhsjobs-2020');
  test.each([11, 14, 16])('on every sentence of the NHS adverts, target age %i', (age) => {
    let flagged = 0;
    let compared = 0;
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt'))) {
      const tree = parser.parse(readFileSync(join(folder, name), 'utf8'));
      for (const paragraph of tree.children) {
        if (paragraph.type !== 'ParagraphNode') continue;
        for (const sentence of paragraph.children) {
          if (sentence.type !== 'SentenceNode') continue;
          const words = sentence.children.filter((child) => child.type === 'WordNode').map((word) => toString(word));
          if (words.length < 5) continue;
          const file = new VFile();
          retextReadability({ age, minWords: 5 })({ type: 'RootNode', children: [{ type: 'ParagraphNode', children: [sentence] }] }, file);
          const theirs = file.messages.length > 0;
          const ours = formulasAbove(words, age) >= 4;
          expect(ours, toString(sentence)).toBe(theirs);
          compared++;
          if (ours) flagged++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
    expect(flagged).toBeGreaterThan(10);
  });
});
