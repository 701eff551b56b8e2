import { definePhraseRule } from '../../src/kit/phrase-rule.js';
import { matchCase } from '../../src/kit/text-case.js';
import { buzzwords as list, type Buzzword } from './terms.js';

export const buzzwords = definePhraseRule<Buzzword, object>({
  meta: {
    id: 'buzzwords',
    category: 'plain-language',
    severity: 'info',
    description: 'Recruitment clichés such as “self-starter” and “proven track record” that tell applicants nothing',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: false,
    defaultOptions: {},
  },
  phrases: () => list.map((entry) => ({ phrase: entry.phrase, data: entry })),
  toReport(match, doc) {
    const entry = match.entry.data;
    const actual = doc.slice(match.start, match.end);
    const words = doc.words();
    let next = match.word;
    while (words[next] && words[next]!.end <= match.end) next++;
    // “An exciting opportunity has arisen to work as …” becomes “This is a chance to work as …”, not “We have a job to work as …”.
    const toFollows = entry.phrase === 'an exciting opportunity has arisen' && words[next]?.normal === 'to' && words[next]!.sentence === words[match.word]!.sentence;
    const replacement = entry.replace === null ? null : matchCase(toFollows ? 'this is a chance' : entry.replace, actual);
    return {
      message: `“${actual}” is a recruitment cliché; ${entry.advice}`,
      note: 'Stock phrases take up space without saying what the job is. People who read literally, including many autistic people, and people reading English as a second language may not know what they mean, or may think they are not good enough to apply.',
      start: match.start,
      end: match.end,
      suggestions: [
        replacement === null
          ? { text: 'Say what the job is in the first sentence', replacement: null, safe: false }
          : { text: `Write “${replacement}”, or say what you mean`, replacement, safe: false },
      ],
    };
  },
});
