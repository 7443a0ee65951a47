// The redundant-item search of IAM620/IAM621 (`rules/shared/redundant-items.ts`) against the plain
// all-pairs search it replaced, on seeded random lists of actions, ARNs, wildcards and variables, and on
// a 100,000-item Action list that the all-pairs search took minutes over.

import * as assert from 'assert';
import { patternCovers } from '../../../server/src/core/iam/patterns';
import { hasWildcard, wildcardMatch } from '../../../server/src/core/iam/wildcard';
import { RedundantItem, redundantItems } from '../../../server/src/core/rules/shared/redundant-items';

/** The reference: every item against every wildcard item, in list order. */
function reference(values: readonly string[], ignoreCase: boolean): RedundantItem[] {
  const norm = (s: string): string => (ignoreCase ? s.toLowerCase() : s);
  const out: RedundantItem[] = [];
  const reported = new Set<number>();
  const first = new Map<string, number>();
  values.forEach((v, i) => {
    const earlier = first.get(norm(v));
    if (earlier !== undefined) {
      reported.add(i);
      out.push({ index: i, by: earlier, same: true });
    } else first.set(norm(v), i);
  });
  const open = values.map((_, i) => i).filter((i) => hasWildcard(values[i]) || values[i].includes('${'));
  values.forEach((a, i) => {
    if (reported.has(i)) return;
    const literal = !hasWildcard(a) && !a.includes('${');
    for (const b of open) {
      if (b === i || reported.has(b) || norm(values[b]) === norm(a)) continue;
      const covered = literal && !values[b].includes('${') ? wildcardMatch(norm(values[b]), norm(a)) : patternCovers(values[b], a, ignoreCase);
      if (!covered) continue;
      reported.add(i);
      out.push({ index: i, by: b, same: false });
      break;
    }
  });
  return out;
}

function random(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

/** Short strings over a small alphabet with wildcards, variables, braces and colons, so pairs often relate. */
function pieces(rnd: (n: number) => number, count: number): string[] {
  const parts = ['a', 'b', 'A', ':', '/', '*', '?', '${x}', '${y}', '}', '$', '{'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const len = rnd(7);
    for (let k = 0; k < len; k++) s += parts[rnd(parts.length)];
    out.push(s);
  }
  return out;
}

describe('redundant Action and Resource items (IAM620, IAM621)', () => {
  it('finds what the all-pairs search finds, on random lists', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const rnd = random(seed);
      const values = pieces(rnd, 2 + rnd(30));
      for (const ignoreCase of [true, false]) {
        assert.deepStrictEqual(redundantItems(values, ignoreCase), reference(values, ignoreCase), `seed ${seed}, ignoreCase ${ignoreCase}: ${JSON.stringify(values)}`);
      }
    }
  });

  it('finds what the all-pairs search finds, on action and ARN lists', () => {
    const actions = ['s3:GetObject', 's3:Get*', 's3:*', 's3:get*', 'S3:GETOBJECT', 'iam:List*', 'iam:ListUsers', 'iam:List*Tags', 'iam:ListRoleTags', '*:List*', '*', 's3:GetObject?ersion', 's3:GetObjectVersion', 'ec2:Describe*', 'ec2:DescribeInstances'];
    const arns = ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/k', 'arn:aws:s3:::b', 'arn:aws:s3:::*', 'arn:${AWS::Partition}:s3:::b/*', 'arn:${AWS::Partition}:s3:::b/${aws:username}', 'arn:aws:s3:::b/${aws:username}/*', 'arn:aws:s3:::b/${aws:username}/x', 'ARN:aws:s3:::b/k', '*'];
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = random(seed);
      for (const [pool, ignoreCase] of [[actions, true], [arns, false]] as const) {
        const values = Array.from({ length: 1 + rnd(20) }, () => pool[rnd(pool.length)]);
        assert.deepStrictEqual(redundantItems(values, ignoreCase), reference(values, ignoreCase), `seed ${seed}: ${JSON.stringify(values)}`);
      }
    }
  });

  it('finds what the all-pairs search finds when every pattern has the same head (the literal-run filter)', () => {
    // AWSElasticDisasterRecoveryLaunchActionsPolicy lists 89 such ARNs: the head index cannot tell them
    // apart, and each pair is first filtered by the covering pattern's longest literal run.
    const arns = ['arn:aws:ssm:*::document/AWS-*', 'arn:aws:ssm:*::document/AWS-Run*', 'arn:aws:ssm:*::document/AWS-RunShell', 'arn:aws:ssm:*::document/*', 'arn:aws:ssm:*:*:document/*', 'arn:aws:ssm:*::document/AWS-?un*', 'arn:aws:ssm:*::document/A*-*', 'arn:aws:ssm:*::document/AWSDisasterRecovery-*', 'arn:aws:ssm:*::document/AWSDisasterRecovery-${aws:username}', 'arn:aws:ssm:*::document/${aws:username}*', 'arn:aws:ssm:*::*/AWS-*', 'arn:aws:ssm:*::document/aws-*', 'arn:aws:ssm:us-east-1::document/AWS-Run*'];
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = random(seed);
      const values = Array.from({ length: 2 + rnd(24) }, () => arns[rnd(arns.length)]);
      for (const ignoreCase of [true, false]) {
        assert.deepStrictEqual(redundantItems(values, ignoreCase), reference(values, ignoreCase), `seed ${seed}, ignoreCase ${ignoreCase}: ${JSON.stringify(values)}`);
      }
    }
  });

  it('reports the later of two equal items and the first covering item in list order', () => {
    assert.deepStrictEqual(redundantItems(['s3:GetObject', 's3:Get*', 's3:*', 's3:getobject'], true), [
      { index: 3, by: 0, same: true },
      { index: 0, by: 1, same: false },
      { index: 1, by: 2, same: false },
    ]);
    assert.deepStrictEqual(redundantItems(['arn:aws:s3:::b/K', 'arn:aws:s3:::b/k', 'arn:aws:s3:::b/*'], false), [
      { index: 0, by: 2, same: false },
      { index: 1, by: 2, same: false },
    ]);
  });

  it('handles a 100,000-item Action list without comparing every pair', () => {
    const values: string[] = [];
    for (let i = 0; i < 100_000; i++) values.push(i % 1000 === 0 ? `svc${i % 7}:Get${i}*` : `svc${i % 7}:${i % 3 === 0 ? 'Get' : 'Put'}Thing${i}`);
    values.push('svc1:*');
    const found = redundantItems(values, true);
    const reported = new Set(found.map((f) => f.index));
    // Every svc1 item is covered (by svc1:* or an earlier svc1 pattern); of the others only patterns can be.
    values.forEach((v, i) => {
      if (v.startsWith('svc1:') && v !== 'svc1:*') assert.ok(reported.has(i), v);
      else if (!v.endsWith('*')) assert.ok(!reported.has(i), v);
    });
    assert.ok(found.every((f) => !f.same && values[f.by].endsWith('*')));
  });
});
