// Shared checks behind the per-area syntax and duplicate-key rules (IAM101, ASL100, CFN100, SQS100,
// SNS100; IAM138, ASL112, CFN121, SQS110, SNS107). Each area keeps its own code so that users can
// configure and suppress them per area; the logic lives here once.

import { nodeAt } from '../../parse/tree';
import type { PropertyNode } from '../../parse/tree';
import { flavorOf, removeProperty } from '../fixes';
import type { RuleContext } from '../types';

export const SYNTAX_MESSAGES = {
  syntax: '{{detail}}',
  comment: 'Comments are not allowed here: AWS rejects JSON with comments.',
  more: '{{count}} more syntax errors follow, most of them likely caused by the ones above; fix those first.',
} as const;

/**
 * Syntax errors reported per unit. One misplaced bracket can make a YAML parser report every token
 * after it; the first few point at the cause, the rest would bury it.
 */
export const MAX_SYNTAX_ERRORS = 10;

export const DUPLICATE_MESSAGES = {
  duplicate: "Duplicate key '{{key}}': AWS keeps only the last one, so the earlier value is silently ignored.",
} as const;

export function checkSyntax(ctx: RuleContext): void {
  let errors = 0;
  const total = ctx.unit.parseProblems.filter((p) => p.code === 'syntax').length;
  for (const p of ctx.unit.parseProblems) {
    if (p.code === 'syntax') {
      errors++;
      if (errors <= MAX_SYNTAX_ERRORS) ctx.report({ range: p, messageId: 'syntax', data: { detail: p.message } });
      else if (errors === MAX_SYNTAX_ERRORS + 1) ctx.report({ range: p, messageId: 'more', severity: 'info', data: { count: String(total - MAX_SYNTAX_ERRORS) } });
    }
    else if (p.code === 'comment') {
      ctx.report({
        range: p,
        messageId: 'comment',
        fixes: [{ title: 'Remove the comment', safety: 'safe', preferred: true, edits: [{ offset: p.offset, length: p.length, newText: '' }] }],
      });
    }
  }
}

export function checkDuplicates(ctx: RuleContext): void {
  for (const p of ctx.unit.parseProblems) {
    if (p.code !== 'duplicate-key') continue;
    const key = p.key ?? ctx.doc.text.substr(p.offset, p.length);
    const related = p.relatedOffset !== undefined ? [{ message: 'Earlier (ignored) occurrence', offset: p.relatedOffset, length: p.relatedLength ?? 0 }] : undefined;
    const fixes = [];
    if (p.relatedOffset !== undefined) {
      // Duplicate keys come from a parsed unit: its root holds both occurrences.
      const first = nodeAt(ctx.unit.root, p.relatedOffset, false);
      const prop = first?.parent;
      if (prop !== undefined && prop.type === 'property' && (prop as PropertyNode).key === first) {
        fixes.push({
          title: `Remove the ignored earlier '${key}'`,
          safety: 'safe' as const,
          preferred: true,
          edits: [removeProperty(ctx.doc, prop as PropertyNode, flavorOf(ctx.doc, ctx.unit))],
        });
      }
    }
    ctx.report({ range: p, messageId: 'duplicate', data: { key }, related, fixes });
  }
}
