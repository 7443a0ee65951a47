// Duplicate keys in one object: AWS (and most JSON readers) silently keep the last one, which hides
// mistakes such as two `Condition` blocks where the first is ignored.

import { ObjectNode, ParseProblem } from './tree';

export function findDuplicateKeys(obj: ObjectNode, problems: ParseProblem[]): void {
  const seen = new Map<string, number>();
  const props = obj.properties;
  for (let i = 0; i < props.length; i++) {
    const key = props[i].key.value;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      continue;
    }
    const firstKey = props[first].key;
    const dup = props[i].key;
    problems.push({
      code: 'duplicate-key',
      message: `Duplicate key '${key}': only the last one takes effect.`,
      key,
      offset: dup.offset,
      length: dup.length,
      relatedOffset: firstKey.offset,
      relatedLength: firstKey.length,
    });
  }
}
