import { hardSentence } from './hard-sentence/hard-sentence.js';
import { insensitiveWording } from './insensitive-wording/insensitive-wording.js';
import { missingInformation } from './missing-information/missing-information.js';
import { simplerWords } from './simpler-words/simpler-words.js';
import type { Rule } from '../src/rule.js';

/** Every rule, sorted by id. A test checks this list matches the folders. */
export const rules: readonly Rule<any>[] = [hardSentence, insensitiveWording, missingInformation, simplerWords];
