// Parsing entry point: picks JSON or YAML and returns the shared tree.

import { parseJson } from './json';
import { parseYaml } from './yaml';
import { ParsedTree } from './tree';

export type Format = 'json' | 'yaml';

/** Chooses the parser from the editor's language id, then the file extension, then the text itself. */
export function detectFormat(uri: string | undefined, languageId: string | undefined, text: string): Format {
  if (languageId === 'json' || languageId === 'jsonc') return 'json';
  if (languageId === 'yaml' || languageId === 'yml') return 'yaml';
  const lower = (uri ?? '').toLowerCase();
  if (/\.(json|jsonc|json5|template)$/.test(lower)) return lower.endsWith('.template') ? sniffFormat(text) : 'json';
  if (/\.(ya?ml)$/.test(lower)) return 'yaml';
  return sniffFormat(text);
}

function sniffFormat(text: string): Format {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfeff || c === 32 || c === 9 || c === 10 || c === 13) continue;
    return c === 123 /* { */ || c === 91 /* [ */ ? 'json' : 'yaml';
  }
  return 'json';
}

export function parseText(text: string, format: Format): ParsedTree {
  // A byte-order mark is not part of the document; both parsers would report it as an error.
  if (text.charCodeAt(0) === 0xfeff) {
    const tree = format === 'json' ? parseJson(' ' + text.slice(1)) : parseYaml(' ' + text.slice(1));
    return tree;
  }
  return format === 'json' ? parseJson(text) : parseYaml(text);
}

export { parseJson, parseYaml };
export * from './tree';
