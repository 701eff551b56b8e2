/** Vocabulary shared by rules, the engine and the reporters (see DESIGN.md). */
export const categories = ['plain-language', 'readability', 'inclusive-language', 'required-information'] as const;
export type Category = (typeof categories)[number];

export const severities = ['error', 'warning', 'info'] as const;
export type Severity = (typeof severities)[number];

export const profiles = ['advert', 'event', 'interview-invite'] as const;
export type Profile = (typeof profiles)[number];

export const formats = ['markdown', 'text', 'html', 'docx'] as const;

/**
 * Who a document is for (see src/kit/audience.ts): people who must already be registered
 * professionals, people with experience but no registration, or people new to health and care.
 */
export const audiences = ['registered', 'experienced', 'new-entrant'] as const;
export type Audience = (typeof audiences)[number];
export type Format = (typeof formats)[number];

/**
 * Where a finding is. Offsets are 0-based UTF-16 and half-open; lines and columns are 1-based.
 * DOCX has no lines a Word user can see, so it carries `block`, `heading` and `context` instead.
 */
export interface Location {
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  offset: number;
  endOffset: number;
  /** 1-based number of the block (heading, paragraph, list item, table cell) in reading order. */
  block?: number;
  /** Text of the heading the finding sits under. */
  heading?: string;
  /** The excerpt with a few words either side, for formats without lines. */
  context?: string;
}

/** What to do instead. `replacement` replaces the excerpt (or is inserted, for a document-level finding). */
export interface Suggestion {
  text: string;
  replacement: string | null;
  /** True when `--fix` may apply it: one unambiguous replacement that keeps the meaning. */
  safe: boolean;
}

export interface Diagnostic {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** What is wrong, one sentence, the words quoted. */
  message: string;
  /** Why it matters: who it shuts out. */
  note?: string;
  /** The exact flagged text; empty for document-level findings. */
  excerpt: string;
  location: Location;
  suggestions: Suggestion[];
  /** The requirement id, for `required-information` findings only. */
  requirement?: string;
  /** Where the rule's doc page is. */
  docs: string;
  /** Stable id of this finding within its file (see src/engine/fingerprint.ts), for reviews and baselines. */
  fingerprint: string;
  /** A reviewer's decision on this finding, from a review file (`--review`). */
  review?: ReviewDecision;
}

export const decisions = ['agree', 'disagree', 'discuss'] as const;
export type Decision = (typeof decisions)[number];

/** What a reviewer decided about one finding (see src/suppress/review.ts). */
export interface ReviewDecision {
  decision: Decision;
  reviewer: string;
  comment: string;
  /** ISO 8601 date and time of the decision. */
  date: string;
}

/** A block of the document as the HTML report shows it (only when asked for: `includeBlocks`). */
export interface ResultBlock {
  kind: 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'quote';
  /** 1-based position in reading order (the DOCX `location.block`). */
  index: number;
  /** Source offsets, half-open. */
  start: number;
  end: number;
  /** The block's prose, the same length as the source range, markup blanked to spaces. */
  text: string;
  heading?: string;
  depth?: number;
}

export interface FileStats {
  words: number;
  sentences: number;
  /** UK reading age (years) of the prose, or null when there is too little text to say. */
  readingAge: number | null;
  /** Who the document is for: from its front matter, the configuration, or read from the document. */
  audience?: Audience;
}

/**
 * Whether a document gives one piece of required information (see src/kit/requirements/):
 * `met`, with the words that meet it; `missing`; `declined` (the document answers the question
 * with a no: “we cannot sponsor visas”); `off` (the rule is off or the requirement is ignored in
 * the configuration, so widen did not check); `not-applicable` (it does not fit this document:
 * a quiet hour for an online event).
 */
export const requirementStatuses = ['met', 'missing', 'declined', 'off', 'not-applicable'] as const;
export type RequirementStatus = (typeof requirementStatuses)[number];

/** The words that meet (or decline) a requirement, or that give a key fact. */
export interface Evidence {
  /** The sentence or labelled field, as a reader sees it (white space collapsed). */
  excerpt: string;
  location: { line: number; column: number; offset: number; endOffset: number; block?: number };
}

export interface RequirementState {
  /** Requirement id (DESIGN.md vocabulary). */
  id: string;
  status: RequirementStatus;
  /** For `met` and `declined`: the sentence that says it. */
  evidence?: Evidence;
  /** For `missing` (a sentence to paste) and `declined` (what to add instead). */
  suggestion?: string;
}

/** A fact an applicant looks for first, with where it was found. */
export interface KeyFact {
  value: string;
  evidence: Evidence;
}

/** The facts an applicant looks for first, each absent when the document does not give it. */
export interface KeyFacts {
  /** The amount and unit: “£24,071 to £25,674 a year”. */
  pay?: KeyFact;
  /** “37.5 hours a week”, “part-time”. */
  hours?: KeyFact;
  /** “permanent”, “fixed term for 12 months”, “bank”. */
  contract?: KeyFact;
  location?: KeyFact;
  closingDate?: KeyFact;
  /** A name, email address or number to contact. */
  contact?: KeyFact;
  /** The support the document offers, one per requirement met (adjustments, BSL, Access to Work, flexible working, formats). */
  support: Array<KeyFact & { requirement: string }>;
  /** A ready-to-paste summary built from the facts, with [brackets] where one is missing. */
  summary: string;
}

/** One linted input. `error` is set when it could not be read or parsed; then it has no diagnostics. */
export interface FileResult {
  path: string;
  format: Format;
  profile: Profile;
  stats: FileStats;
  diagnostics: Diagnostic[];
  /** A one-line reason the file could not be linted (exit code 2). */
  error?: string;
  /** A one-line remark that is not a failure (an empty document, say). */
  note?: string;
  /** What the reader noticed but did not report as findings (mammoth's warnings, an encoding guess); `--verbose` prints them. */
  warnings?: string[];
  /** Findings a reviewer marked disagree (`--review`): suppressed, kept here with the decision. */
  reviewed?: Array<Diagnostic & { review: ReviewDecision }>;
  /** The document's blocks in reading order, for the HTML report (`includeBlocks`). */
  blocks?: ResultBlock[];
  /** Every requirement of the profile and its state, whatever the rule settings (an ignored or disabled one is `off`). */
  requirements?: RequirementState[];
  /** The facts an applicant looks for first, taken from the document. */
  keyFacts?: KeyFacts;
  /** Stack traces of internal errors, only with `debug` (`--debug` prints them); never in reports. */
  debug?: string[];
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
  /** Files that could not be read or parsed. */
  fileErrors: number;
  /** Findings a reviewer set aside (`--review`, disagree): not counted above. */
  setAside: number;
}

export function summarise(results: readonly FileResult[]): Summary {
  const summary = emptySummary();
  for (const result of results) addToSummary(summary, result);
  return summary;
}

export function emptySummary(): Summary {
  return { errors: 0, warnings: 0, infos: 0, files: 0, fileErrors: 0, setAside: 0 };
}

/** Counts one more file into a summary, for reports written as the files come in. */
export function addToSummary(summary: Summary, result: FileResult): void {
  summary.files++;
  if (result.error) summary.fileErrors++;
  summary.setAside += result.reviewed?.length ?? 0;
  for (const d of result.diagnostics) {
    if (d.severity === 'error') summary.errors++;
    else if (d.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
}
