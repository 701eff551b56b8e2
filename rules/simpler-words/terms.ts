/**
 * Words widen adds to retext-simplify's list: the British spellings and inflected forms it
 * misses (it matches whole words, so "utilises" and "prioritised" slip through).
 * Source: GOV.UK style guide, "Words to avoid" (PLN-035 in RULES-SOURCES.md); NALA plain English list.
 */
export const extraTerms: ReadonlyArray<{ phrase: string; replace: readonly string[] }> = [
  { phrase: 'utilises', replace: ['uses'] },
  { phrase: 'utilised', replace: ['used'] },
  { phrase: 'utilising', replace: ['using'] },
  { phrase: 'utilisation', replace: ['use'] },
  { phrase: 'prioritises', replace: ['puts first', 'focuses on'] },
  { phrase: 'prioritised', replace: ['put first', 'focused on'] },
  { phrase: 'prioritising', replace: ['putting first', 'focusing on'] },
  { phrase: 'finalised', replace: ['finished', 'completed'] },
  { phrase: 'finalising', replace: ['finishing', 'completing'] },
  { phrase: 'minimised', replace: ['kept as low as possible', 'cut'] },
  { phrase: 'endeavour', replace: ['try'] },
  { phrase: 'endeavours', replace: ['tries'] },
  { phrase: 'commences', replace: ['starts'] },
  { phrase: 'commenced', replace: ['started'] },
  { phrase: 'commencing', replace: ['starting'] },
  { phrase: 'facilitates', replace: ['helps', 'runs'] },
  { phrase: 'facilitating', replace: ['helping', 'running'] },
  { phrase: 'liaise', replace: ['work with', 'talk to'] },
  { phrase: 'liaising', replace: ['working with', 'talking to'] },
  { phrase: 'leverage', replace: ['use'] },
  { phrase: 'remunerated', replace: ['paid'] },
];

/**
 * retext-simplify entries that are ordinary, clear words in job adverts and care work
 * ("monitor", "maintain", "ensure", "provide"), or terms of art ("disclose" a conviction,
 * "work permit", "or equivalent" qualifications). Flagging them cries wolf.
 */
export const ignoredSimplifyTerms: readonly string[] = [
  'accompany', 'accurate', 'address', 'adjustment', 'aircraft', 'appropriate', 'assist', 'assistance', 'attempt',
  'benefit', 'benefit from', 'capability', 'combined', 'component', 'contains', 'currently', 'delete', 'demonstrate',
  'disclose', 'effect', 'employ', 'ensure', 'equivalent', 'establish', 'evaluate', 'expertise', 'females', 'forward',
  'frequently', 'function', 'however', 'identify', 'immediately', 'impacted', 'in addition', 'initial', 'is responsible for',
  'it is', 'it is essential', 'maintain', 'maximum', 'minimum', 'monitor', 'multiple', 'objective', 'observe', 'operate',
  'option', 'overall', 'participate', 'perform', 'permit', 'previous', 'previously', 'proficiency', 'provide', 'reflect',
  'relocate', 'remain', 'represents', 'request', 'require', 'requirement', 'residence', 'retain', 'selection', 'shall',
  'submit', 'there are', 'there is', 'type', 'very', 'vice', 'warrant', 'witnessed',
];
