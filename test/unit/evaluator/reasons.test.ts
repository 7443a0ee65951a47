// The decision's reason names the deciding statement the way the request sees its policy: a statement
// of "the key policy" or "the role trust policy", not "of resource-based policy of the key policy".

import * as assert from 'assert';
import { evaluate, SimulationInput } from '../../../server/src/core/evaluator';

const A = '111122223333';
const B = '444455556666';

function input(resourcePolicy: object, action: string, resource: string, principal = `arn:aws:iam::${A}:user/alice`, identity: object[] = []): SimulationInput {
  return { policies: { identity, resource: resourcePolicy }, request: { principal, action, resource, context: {} } };
}

const grant = (principal: string, action: string, sid?: string) => ({
  Version: '2012-10-17',
  Statement: [{ ...(sid ? { Sid: sid } : {}), Effect: 'Allow', Principal: { AWS: principal }, Action: action, Resource: '*' }],
});

describe('evaluator: reasons name the deciding statement of the resource-based policy', () => {
  it('role trust policy, key policy and bucket policy statements that name the principal', () => {
    const trust = evaluate(input(grant(`arn:aws:iam::${A}:user/alice`, 'sts:AssumeRole'), 'sts:AssumeRole', `arn:aws:iam::${A}:role/R`));
    assert.strictEqual(trust.decision, 'Allow');
    assert.strictEqual(trust.reason, 'Allowed by statement #1 of the role trust policy, which names this principal; implicit denies in identity-based policies, boundaries and session policies do not limit it.');
    const key = evaluate(input(grant(`arn:aws:iam::${A}:user/alice`, 'kms:Decrypt', 'UseKey'), 'kms:Decrypt', `arn:aws:kms:us-east-1:${A}:key/k1`));
    assert.strictEqual(key.reason, "Allowed by statement 'UseKey' of the key policy, which names this principal; implicit denies in identity-based policies, boundaries and session policies do not limit it.");
    const bucket = evaluate(input(grant(`arn:aws:iam::${A}:user/alice`, 's3:GetObject'), 's3:GetObject', 'arn:aws:s3:::b/k'));
    assert.strictEqual(bucket.reason, 'Allowed by statement #1 of the resource-based policy, which names this principal; implicit denies in identity-based policies, boundaries and session policies do not limit it.');
  });

  it('a grant to every principal or through NotPrincipal is not said to name the principal', () => {
    const everyone = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] };
    const open = evaluate(input(everyone, 's3:GetObject', 'arn:aws:s3:::b/k'));
    assert.strictEqual(open.reason, 'Allowed by statement #1 of the resource-based policy, which allows every principal ("*"); implicit denies in identity-based policies, boundaries and session policies do not limit it.');
    const allBut = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotPrincipal: { AWS: `arn:aws:iam::${A}:user/bob` }, Action: 's3:GetObject', Resource: '*' }] };
    const notBob = evaluate(input(allBut, 's3:GetObject', 'arn:aws:s3:::b/k'));
    assert.strictEqual(notBob.decision, 'Allow');
    assert.strictEqual(notBob.reason, 'Allowed by statement #1 of the resource-based policy, whose NotPrincipal does not exclude this principal; implicit denies in identity-based policies, boundaries and session policies do not limit it.');
  });

  it('a cross-account allow names the resource-based policy statement once', () => {
    const identity = [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }];
    const cross = input(grant(`arn:aws:iam::${B}:root`, 's3:GetObject'), 's3:GetObject', 'arn:aws:s3:::b/k', `arn:aws:iam::${B}:user/carol`, identity);
    cross.request.resourceAccount = A;
    const r = evaluate(cross);
    assert.strictEqual(r.crossAccount, true);
    assert.strictEqual(r.decision, 'Allow');
    assert.strictEqual(r.reason, "Allowed across accounts: statement #1 of the resource-based policy and the principal's own policies both allow the request.");
  });
});
