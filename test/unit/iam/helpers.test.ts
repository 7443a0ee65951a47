// The IAM helpers behind the rules and features: operator parsing, policy variables, did-you-mean,
// action readings against the catalog, and the curated API-operation map (checked against the catalog).

import * as assert from 'assert';
import { coveredActions, readAction } from '../../../server/src/core/iam/actions';
import type { Catalog } from '../../../server/src/core/iam/catalog';
import { allOperatorNames, missingKeyBehaviour, parseOperator } from '../../../server/src/core/iam/conditions';
import { actionsForOperation, knownOperations } from '../../../server/src/core/iam/operations';
import { principalKind } from '../../../server/src/core/iam/principals';
import { closest, editDistance } from '../../../server/src/core/iam/suggest';
import { findVariables } from '../../../server/src/core/iam/variables';
import { testServices } from '../../helpers/services';

const catalog = testServices().catalog as Catalog;

describe('IAM condition operators', () => {
  it('parses qualifiers, IfExists and case', () => {
    const op = parseOperator('ForAnyValue:stringlikeIfExists')!;
    assert.deepStrictEqual([op.qualifier, op.base.name, op.ifExists, op.canonical, op.wrongCase], ['ForAnyValue', 'StringLike', true, 'ForAnyValue:StringLikeIfExists', true]);
    assert.strictEqual(parseOperator('NullIfExists')!.base.name, 'Null');
    assert.strictEqual(parseOperator('ForSomeValues:StringEquals'), undefined);
    assert.strictEqual(parseOperator('StringEqual'), undefined);
  });

  it('lists every name a policy may use and says what a missing key does', () => {
    const names = allOperatorNames();
    assert.strictEqual(names.length, 27 + 26 + 52);
    assert.ok(names.every((n) => parseOperator(n) !== undefined && !parseOperator(n)!.wrongCase));
    assert.match(missingKeyBehaviour(parseOperator('StringNotEquals')!), /\*\*true\*\*/);
    assert.match(missingKeyBehaviour(parseOperator('ForAnyValue:StringEquals')!), /\*\*false\*\*/);
  });
});

describe('IAM policy variables', () => {
  it('finds variables, defaults and problems', () => {
    const vs = findVariables("a/${aws:username}/${aws:PrincipalTag/team, 'none'}/${ bad }/${}/${x, y}/${*}/${unclosed");
    assert.deepStrictEqual(
      vs.map((v) => [v.text, v.name, v.defaultValue, v.special, v.problem]),
      [
        ['${aws:username}', 'aws:username', undefined, false, undefined],
        ["${aws:PrincipalTag/team, 'none'}", 'aws:PrincipalTag/team', "'none'", false, undefined],
        ['${ bad }', 'bad', undefined, false, 'space'],
        ['${}', '', undefined, false, 'empty'],
        ['${x, y}', 'x', 'y', false, 'missingQuote'],
        ['${*}', '*', undefined, true, undefined],
        ['${unclosed', 'unclosed', undefined, false, 'unclosed'],
      ],
    );
  });
});

describe('IAM did-you-mean', () => {
  it('bounds the edit distance and ranks the closest first', () => {
    assert.strictEqual(editDistance('statement', 'statment', 3), 1);
    assert.strictEqual(editDistance('ab', 'ba', 1), 1);
    assert.strictEqual(editDistance('abcdef', 'uvwxyz', 2), 3);
    assert.deepStrictEqual(closest('Servce', ['AWS', 'Service', 'Federated']), ['Service']);
    assert.deepStrictEqual(closest('zzz', ['AWS', 'Service']), []);
  });

  it('classifies principals', () => {
    assert.deepStrictEqual(
      [['AWS', '111122223333'], ['AWS', 'arn:aws:iam::111122223333:role/a/b'], ['AWS', 'arn:aws:sts::111122223333:assumed-role/R/s'], ['AWS', 'AROADBQP57FF2AEXAMPLE'], ['Federated', 'arn:aws:iam::111122223333:saml-provider/P'], ['Federated', 'accounts.google.com'], ['Service', 'lambda.amazonaws.com'], ['*', '*']].map(([k, v]) => principalKind(k, v)),
      ['account', 'role', 'assumed-role', 'role-id', 'saml-provider', 'web-identity', 'service', 'everyone'],
    );
  });
});

describe('IAM actions against the catalog', () => {
  it('reads actions, patterns, operations and unknown names', () => {
    assert.strictEqual(readAction(catalog, 'S3:getobject').kind, 'action');
    assert.deepStrictEqual(readAction(catalog, 'iam:List*Tags'), { kind: 'pattern', pattern: 'iam:List*Tags' });
    assert.ok(catalog.matchActions('iam:List*Tags').length > 0);
    assert.deepStrictEqual(readAction(catalog, 's3:ListObjectsV2'), { kind: 'operation', actions: ['s3:ListBucket'] });
    const typo = readAction(catalog, 'lamda:InvokeFunction');
    assert.ok(typo.kind === 'unknownService' && typo.suggestions[0] === 'lambda');
    const action = readAction(catalog, 's3:GetObjekt');
    assert.ok(action.kind === 'unknownAction' && action.suggestions[0] === 's3:GetObject');
    assert.strictEqual(readAction(catalog, 'not an action').kind, 'other');
    assert.strictEqual(readAction(catalog, 's3:${aws:username}').kind, 'other');
  });

  it('expands the actions a list covers, or says it cannot', () => {
    const covered = coveredActions(catalog, ['sqs:Send*', 'sqs:SendMessage', 's3:HeadObject'])!;
    assert.deepStrictEqual(covered.map((a) => a.id).sort(), ['s3:GetObject', 'sqs:SendMessage']);
    assert.strictEqual(coveredActions(catalog, ['sqs:SendMessage', 'nonsense']), undefined);
  });

  it('maps API operations only to existing actions, and no operation is itself an action', () => {
    const ops = knownOperations();
    assert.ok(ops.length >= 60);
    for (const op of ops) {
      assert.strictEqual(catalog.action(op), undefined, `${op} is an IAM action`);
      for (const a of actionsForOperation(op)!) assert.ok(catalog.action(a), `${op} maps to unknown ${a}`);
    }
    assert.deepStrictEqual(actionsForOperation('S3:HEADBUCKET'), ['s3:ListBucket']);
  });
});
