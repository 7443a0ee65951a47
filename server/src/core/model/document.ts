// The document model: one parse, one classification and one set of analysis units per document
// version. Everything else (rules, hovers, completions, the simulator) reads this model.

import { minimatch } from 'minimatch';
import { Format, detectFormat, parseText } from '../parse';
import { ParseProblem, ParsedTree, isObject } from '../parse/tree';
import { computeLineStarts } from '../text';
import { Detection, detectKind } from './detect';
import { DocumentKind, KindSelection, PolicyType, parseKindName } from './kinds';
import { TemplateModel, buildTemplate } from './template';
import { AnalysisUnit, attributeMap, attributeUnits, templateUnits } from './units';

export interface DocumentInput {
  text: string;
  /** File URI or path; used for associations and the format. */
  uri?: string;
  /** Editor language id (`json`, `jsonc`, `yaml`). */
  languageId?: string;
  version?: number;
}

export interface ClassifyOptions {
  /** Glob → kind name; matched against `relativePath` (or the uri's path). */
  associations?: Record<string, string>;
  /** Workspace-relative path for association globs. */
  relativePath?: string;
  /** Explicit choice (status bar picker, `--kind`): wins over everything. */
  kindOverride?: KindSelection;
}

export interface DocumentModel {
  uri: string;
  version: number | undefined;
  text: string;
  format: Format;
  tree: ParsedTree;
  kind: DocumentKind;
  policyType?: PolicyType;
  detection: Detection & { source: 'content' | 'association' | 'override' };
  /** units[0] is the file itself (absent when the kind is `none`). */
  units: AnalysisUnit[];
  template?: TemplateModel;
  lineStarts: number[];
}

export function buildDocument(input: DocumentInput, options: ClassifyOptions = {}): DocumentModel {
  const uri = input.uri ?? 'untitled:document';
  const format = detectFormat(uri, input.languageId, input.text);
  const tree = parseText(input.text, format);
  const fileName = uri.replace(/\\/g, '/');

  let detection: DocumentModel['detection'];
  const assoc = options.kindOverride ?? matchAssociation(options.associations, options.relativePath ?? pathOf(fileName));
  if (assoc !== undefined) {
    const content = detectKind(tree.root, fileName);
    let policyType = assoc.policyType;
    if (assoc.kind === 'iam-policy' && policyType === undefined) {
      policyType = content.kind === 'iam-policy' ? content.policyType : 'identity';
    }
    detection = {
      kind: assoc.kind,
      policyType,
      reason: options.kindOverride ? 'chosen by the user' : 'matched by awspolicy.files.associations',
      source: options.kindOverride ? 'override' : 'association',
    };
  } else {
    detection = { ...detectKind(tree.root, fileName), source: 'content' };
  }

  const model: DocumentModel = {
    uri,
    version: input.version,
    text: input.text,
    format,
    tree,
    kind: detection.kind,
    policyType: detection.policyType,
    detection,
    units: [],
    lineStarts: computeLineStarts(input.text),
  };
  if (detection.kind === 'none') return model;

  const fileProblems: ParseProblem[] = [...tree.problems.filter((p) => p.code !== 'yaml-warning')];
  if (format === 'json') {
    for (const c of tree.comments) {
      fileProblems.push({ code: 'comment', message: 'Comments are not allowed in JSON documents sent to AWS.', offset: c.offset, length: c.length });
    }
  }
  const fileUnit: AnalysisUnit = {
    kind: detection.kind,
    policyType: detection.policyType,
    root: tree.root,
    embedding: 'file',
    location: '',
    parseProblems: [],
    placeholders: [],
    context: {},
  };
  model.units.push(fileUnit);

  if (detection.kind === 'cfn-template' && isObject(tree.root)) {
    model.template = buildTemplate(tree.root);
    model.units.push(...templateUnits(model.template));
  } else if (detection.kind === 'sqs-queue-attributes' || detection.kind === 'sns-topic-attributes') {
    const attrs = attributeMap(tree.root);
    if (attrs !== undefined) model.units.push(...attributeUnits(detection.kind, attrs));
  }

  // Duplicate keys belong to the innermost unit around them (a duplicate inside an embedded policy is
  // a policy problem); syntax errors and comments belong to the file.
  for (const p of fileProblems) {
    if (p.code === 'duplicate-key') {
      let best: AnalysisUnit = fileUnit;
      for (const u of model.units) {
        if (u === fileUnit || u.embedding !== 'subtree' || u.root === undefined) continue;
        if (p.offset >= u.root.offset && p.offset < u.root.offset + u.root.length) {
          if (best === fileUnit || (best.root !== undefined && u.root.length < best.root.length)) best = u;
        }
      }
      best.parseProblems.push(p);
    } else {
      fileUnit.parseProblems.push(p);
    }
  }
  return model;
}

function pathOf(uri: string): string {
  return uri.replace(/^file:\/\//, '');
}

/** The first association whose glob matches the path (globs without a slash match the file name). */
export function matchAssociation(associations: Record<string, string> | undefined, path: string): KindSelection | undefined {
  if (associations === undefined) return undefined;
  const p = path.replace(/\\/g, '/');
  for (const [glob, kindName] of Object.entries(associations)) {
    const sel = parseKindName(kindName);
    if (sel === undefined) continue;
    const opts = { dot: true, nocase: true, matchBase: !glob.includes('/') };
    if (minimatch(p, glob, opts) || (!p.startsWith('/') && minimatch('/' + p, glob, opts))) return sel;
    // Absolute paths against workspace-relative globs such as `**/policies/*.json` match too.
  }
  return undefined;
}
