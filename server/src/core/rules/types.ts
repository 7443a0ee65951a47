// The rule contract: metadata, documentation, messages and the check, all in one definition per file.

import type { Severity } from '../config';
import type { DocumentModel } from '../model/document';
import type { DocumentKind, PolicyType } from '../model/kinds';
import type { AnalysisUnit } from '../model/units';
import type { Node } from '../parse/tree';
import type { Services } from '../services';

export interface Range {
  offset: number;
  length: number;
}

export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

/**
 * A fix is data. `safe` fixes keep the document's meaning (or only repair what AWS would reject) and
 * may be applied automatically; `suggestion` fixes change what a policy allows and are only offered.
 */
export interface Fix {
  title: string;
  edits: TextEdit[];
  safety: 'safe' | 'suggestion';
  /** Offer as the preferred quick fix (at most one per finding). */
  preferred?: boolean;
}

export interface RelatedInfo {
  message: string;
  offset: number;
  length: number;
}

export interface Finding {
  ruleId: string;
  ruleName: string;
  severity: Severity;
  messageId: string;
  data: Record<string, string | number>;
  message: string;
  offset: number;
  length: number;
  related?: RelatedInfo[];
  fixes?: Fix[];
  /** Editor tags: `unnecessary` fades the text, `deprecated` strikes it through. */
  tags?: ('unnecessary' | 'deprecated')[];
  /** Where the unit sits in the host (`Resources.Role.Properties.Policies[0].PolicyDocument`). */
  location?: string;
}

export interface DocExample {
  /** A one-line description shown above the example. */
  title?: string;
  format: 'json' | 'yaml';
  /** Kind name as in settings (`iam-trust-policy`); omitted = content detection. */
  kind?: string;
  code: string;
}

export interface RuleDocs {
  /** One line; becomes the rules table entry. */
  summary: string;
  /** Why it matters (a short paragraph). */
  why: string;
  /** Each must yield exactly one finding of this rule. */
  invalid: DocExample[];
  /** Each must yield no finding of this rule. */
  valid: DocExample[];
  /** Why each fix is safe or only a suggestion. */
  fixSafety?: string;
  /** AWS documentation and other sources. */
  references?: string[];
}

export type RuleStatus = 'preview' | 'stable' | 'deprecated' | 'removed';

export interface ReportInput {
  /** Either a node (its whole range) or an explicit range. */
  node?: Node;
  range?: Range;
  messageId: string;
  data?: Record<string, string | number>;
  related?: RelatedInfo[];
  fixes?: Fix[];
  /** For rules whose meaning has two levels (e.g. "error outside the range, warning at 1"). */
  severity?: Severity;
  tags?: ('unnecessary' | 'deprecated')[];
}

export interface RuleContext {
  readonly rule: RuleDefinition;
  readonly doc: DocumentModel;
  readonly unit: AnalysisUnit;
  /** The host document text. */
  readonly text: string;
  readonly services: Services;
  report(input: ReportInput): void;
  /** Whether a node's value comes from a `${...}` placeholder or an intrinsic (unknown statically). */
  isPlaceholder(node: Node): boolean;
  /**
   * The type of the template resource with this logical ID (`AWS::S3::Bucket`), or undefined. The one
   * thing a `scope: 'resource'` rule may know of other resources: findings are reused only while every
   * resource keeps its ID and type (see reuse.ts).
   */
  resourceTypeOf(logicalId: string): string | undefined;
}

export interface RuleDefinition {
  /** Stable code, e.g. `IAM106`. Never renumbered or reused. */
  id: string;
  /** Kebab-case name in a fixed family (`valid-*`, `no-unknown-*`, `no-duplicate-*`, `require-*`, ...). */
  name: string;
  /** Unit kinds the rule runs on. */
  appliesTo: readonly DocumentKind[];
  /** For `iam-policy`: only these policy types (all when omitted). */
  policyTypes?: readonly PolicyType[];
  /**
   * `resource`: the rule's findings on a unit depend only on the unit, the text of the template
   * resource that holds it, the configuration, the catalog and the types of the template's resources
   * (`ctx.resourceTypeOf`). It reads nothing else of the document (no `doc.template`, `doc.units` or
   * `doc.tree`, no other resource's properties, parameter or mapping), and reports only
   * inside that resource. The engine then reuses its findings on a unit whose resource text did not
   * change between two versions (see `reuse.ts`); `test/unit/rule-scope.test.ts` checks the claim
   * statically and against fresh analyses. Omitted: the rule runs on every version.
   */
  scope?: 'resource';
  defaultSeverity: Severity;
  status: RuleStatus;
  /** Version that introduced the rule. */
  since: string;
  /** `security` marks least-privilege and exposure findings. */
  tags?: readonly string[];
  docs: RuleDocs;
  /** messageId → template with `{{name}}` slots. */
  messages: Readonly<Record<string, string>>;
  check(ctx: RuleContext): void;
}

/** Identity helper that keeps literal types and checks the shape. */
export function defineRule(rule: RuleDefinition): RuleDefinition {
  return rule;
}
