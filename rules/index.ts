import { acronymFirstUse } from './acronym-first-use/acronym-first-use.js';
import { buzzwords } from './buzzwords/buzzwords.js';
import { exclusionaryWording } from './exclusionary-wording/exclusionary-wording.js';
import { genderCoded } from './gender-coded/gender-coded.js';
import { hardSentence } from './hard-sentence/hard-sentence.js';
import { healthJargon } from './health-jargon/health-jargon.js';
import { insensitiveWording } from './insensitive-wording/insensitive-wording.js';
import { latinAbbreviations } from './latin-abbreviations/latin-abbreviations.js';
import { longParagraph } from './long-paragraph/long-paragraph.js';
import { longSentence } from './long-sentence/long-sentence.js';
import { missingInformation } from './missing-information/missing-information.js';
import { outdatedTerms } from './outdated-terms/outdated-terms.js';
import { passiveVoice } from './passive-voice/passive-voice.js';
import { readingAge } from './reading-age/reading-age.js';
import { simplerWords } from './simpler-words/simpler-words.js';
import { wallOfText } from './wall-of-text/wall-of-text.js';
import type { Rule } from '../src/model/rule.js';

/** Every rule, sorted by id. A test checks this list matches the folders. */
export const rules: readonly Rule<any>[] = [
  acronymFirstUse,
  buzzwords,
  exclusionaryWording,
  genderCoded,
  hardSentence,
  healthJargon,
  insensitiveWording,
  latinAbbreviations,
  longParagraph,
  longSentence,
  missingInformation,
  outdatedTerms,
  passiveVoice,
  readingAge,
  simplerWords,
  wallOfText,
];
