import type { Audience, Category, Profile, RequirementStatus, Severity, Suggestion } from './diagnostic.js';
import type { Doc } from './document.js';

/** A JSON Schema fragment describing one option. */
export type OptionSchema = Record<string, unknown>;

export interface RuleMeta<Options extends object = object> {
  /** Short, stable, kebab-case; equals the rule's folder name. */
  id: string;
  category: Category;
  /** Default severity; configuration may change it. */
  severity: Severity;
  /** One line, sentence case, no trailing full stop. */
  description: string;
  /** Profiles the rule runs under. */
  profiles: readonly Profile[];
  /** Whether any of the rule's suggestions can be applied by `--fix`. */
  fixable: boolean;
  defaultOptions: Options;
  /** JSON Schema of each option, for config validation and editors. */
  options?: { [K in keyof Options]: OptionSchema };
}

/** What a rule reports; the engine adds the rule id, category, severity, location and docs. */
export interface Report {
  message: string;
  /** Why it matters, who it shuts out. */
  note?: string;
  /** Source offsets of the flagged words; leave out for a document-level finding. */
  start?: number;
  end?: number;
  suggestions?: Suggestion[];
  requirement?: string;
  /** Information, not a problem (a requirement the document declines): always reported as info. */
  informational?: boolean;
  /**
   * This finding's own severity, for a rule whose findings differ in weight: what it is when the
   * rule has its default severity. Configured one step lower or higher, the finding moves with it
   * (a rule at error with a warning finding, set to warning, reports it as info). Left out: the rule's.
   */
  severity?: Severity;
}

export interface RuleContext<Options extends object = object> {
  /** Options with defaults applied and validated. */
  readonly options: Readonly<Options>;
  /** Who the document is for: its front matter (`widen-audience:`), the configuration, or read from it. */
  readonly audience: Audience;
  report(report: Report): void;
}

/** One requirement's state as a rule judges it, in source offsets (the engine adds the location). */
export interface RequirementReport {
  id: string;
  status: RequirementStatus;
  /** The sentence that meets or declines it, for `met` and `declined`. */
  start?: number;
  end?: number;
  /** The sentence as a reader sees it. */
  excerpt?: string;
  suggestion?: string;
}

export interface Rule<Options extends object = object> {
  readonly meta: RuleMeta<Options>;
  /** Finds problems in one document. Pure: reads `doc`, calls `context.report`. */
  check(doc: Doc, context: RuleContext<Options>): void;
  /**
   * For a required-information rule: the state of every requirement it checks for this document,
   * met or not. The engine asks even when the rule is off (and then reports them `off`), so
   * reports show every requirement's truth whatever the settings.
   */
  requirements?(doc: Doc, context: RuleContext<Options>): RequirementReport[];
}

/** Identity function that pins the option types of a rule. */
export function defineRule<Options extends object>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/** Where a rule's doc page lives, relative to the package root. */
export function docsPath(id: string): string {
  return `rules/${id}/${id}.md`;
}
