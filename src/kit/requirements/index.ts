/** The requirement engine: concepts judged per sentence, with the evidence, and the key facts. */
export { judgeRequirements, type Judgement } from './evaluate.js';
export { findKeyFacts, keyFactIds, supportWords, type FoundFact, type FoundFacts } from './key-facts.js';
export { summaryBlock } from './summary.js';
export { requirementUnits, type Unit } from './units.js';
export { concepts } from './concepts.js';
