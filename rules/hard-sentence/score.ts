import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChall } from 'dale-chall';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { gunningFog } from 'gunning-fog';
import { smogFormula } from 'smog-formula';
import { spache } from 'spache';
import { spacheFormula } from 'spache-formula';
import { syllables } from '../../src/kit/readability.js';

/*
 * retext-readability's algorithm, with its seven formulas and its conversions to ages, computed
 * from word strings: the familiar-word lists are Sets rather than arrays searched for every word,
 * and syllable counts are memoised. tests/readability-parity.test.ts checks the ratings agree
 * with retext-readability itself.
 */
const easyWords = new Set(daleChall);
const familiarWords = new Set(spache);

/** How many of the seven formulas rate a sentence of these words above `age`, out of 7. */
export function formulasAbove(words: readonly string[], age: number): number {
  let letters = 0;
  let totalSyllables = 0;
  let polysyllabic = 0;
  let complexPolysyllabic = 0;
  const easy = new Set<string>();
  const familiar = new Set<string>();
  for (const value of words) {
    const caseless = value.toLowerCase();
    const count = syllables(caseless);
    totalSyllables += count;
    letters += value.length;
    if (count >= 3) {
      polysyllabic++;
      if (value.charCodeAt(0) === caseless.charCodeAt(0)) complexPolysyllabic++;
    }
    if (familiarWords.has(caseless)) familiar.add(caseless);
    if (easyWords.has(caseless)) easy.add(caseless);
  }
  const counts = {
    character: letters,
    complexPolysillabicWord: complexPolysyllabic,
    difficultWord: words.length - easy.size,
    letter: letters,
    polysillabicWord: polysyllabic,
    sentence: 1,
    syllable: totalSyllables,
    unfamiliarWord: words.length - familiar.size,
    word: words.length,
  };
  const ages = [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]),
    20 - Math.floor(flesch(counts) / 10),
    gradeToAge(gunningFog(counts)),
    Math.ceil(Math.sqrt(smogFormula(counts)) + 2.5),
    gradeToAge(spacheFormula(counts)),
  ];
  return ages.filter((value) => value > age).length;
}

function gradeToAge(grade: number): number {
  return Math.round(grade + 5);
}
