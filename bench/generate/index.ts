// The benchmark corpora: every document kind at every size class, generated from fixed seeds.
// `node out/bench/generate/index.js DIR` writes them to DIR for inspection or for other tools.

import * as fs from 'fs';
import * as path from 'path';
import { aslText } from './asl';
import { cfnTemplateText, templateValue } from './cfn';
import { iamPolicyText } from './iam';
import { renderJson } from './render';

export const SIZE_CLASSES = { '2KB': 2 * 1024, '100KB': 100 * 1024, '1MB': 1024 * 1024, '10MB': 10 * 1024 * 1024 } as const;
export type SizeClass = keyof typeof SIZE_CLASSES;

export type CorpusKind = 'iam' | 'cfn-json' | 'cfn-yaml' | 'asl';

export interface CorpusFile {
  name: string;
  kind: CorpusKind;
  size: SizeClass;
  languageId: 'json' | 'yaml';
  /** File name with extension (the LSP URI uses it). */
  fileName: string;
  text: string;
  /** For YAML templates: the same template rendered as JSON (for the YAML-vs-JSON ratio). */
  jsonTwin?: string;
}

const SEED = 20261128;

export function generate(kind: CorpusKind, size: SizeClass): CorpusFile {
  const target = SIZE_CLASSES[size];
  const base = { kind, size, name: `${kind}-${size}` };
  switch (kind) {
    case 'iam':
      return { ...base, languageId: 'json', fileName: `policy-${size}.json`, text: iamPolicyText(SEED, target) };
    case 'asl':
      return { ...base, languageId: 'json', fileName: `machine-${size}.asl.json`, text: aslText(SEED + 1, target) };
    case 'cfn-json':
      return { ...base, languageId: 'json', fileName: `template-${size}.json`, text: cfnTemplateText(SEED + 2, target, 'json').text };
    case 'cfn-yaml': {
      const { text, groups } = cfnTemplateText(SEED + 3, target, 'yaml');
      const twin = target < 8 * 1024 ? undefined : renderJson(templateValue(SEED + 3, groups));
      return { ...base, languageId: 'yaml', fileName: `template-${size}.yaml`, text, jsonTwin: twin };
    }
  }
}

export const KINDS: readonly CorpusKind[] = ['iam', 'cfn-json', 'cfn-yaml', 'asl'];

if (require.main === module) {
  const dir = process.argv[2] ?? path.join('bench', 'results', 'corpus');
  fs.mkdirSync(dir, { recursive: true });
  for (const kind of KINDS) {
    for (const size of Object.keys(SIZE_CLASSES) as SizeClass[]) {
      const f = generate(kind, size);
      fs.writeFileSync(path.join(dir, f.fileName), f.text);
      if (f.jsonTwin) fs.writeFileSync(path.join(dir, f.fileName.replace(/\.yaml$/, '.twin.json')), f.jsonTwin);
      console.log(`${f.fileName.padEnd(28)} ${(f.text.length / 1024).toFixed(1).padStart(9)} KB`);
    }
  }
}
