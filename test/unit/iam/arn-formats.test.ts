// The ARN format index's candidate formats of a resource field: what ARN201 and the ARN2xx checks ask
// about every Resource entry, remembered across documents and versions by text.

import * as assert from 'assert';
import { splitArnFields } from '../../../server/src/core/iam/arn';
import { arnFormatIndex, candidateFormats, entryCandidates } from '../../../server/src/core/iam/arn-formats';
import { testServices } from '../../helpers/services';

describe('ARN format candidates of a resource entry', () => {
  const catalog = testServices().catalog!;
  const index = arnFormatIndex(catalog);
  const entry = (arn: string) => ({ fields: splitArnFields(arn) });

  it('gives the formats whose resource field may match, by the ARN service', () => {
    const role = entryCandidates(index, entry('arn:aws:iam::111122223333:role/app'))!;
    assert.ok(role.some((f) => f.resourceType.service === 'iam' && f.resourceType.name === 'role'));
    assert.ok(role.every((f) => f.resourcePattern.startsWith('role/')), role.map((f) => f.format).join(', '));
    assert.deepStrictEqual(entryCandidates(index, entry('arn:aws:iam::111122223333:roles/app')), []);
    assert.strictEqual(entryCandidates(index, entry('arn:aws:no-such-service:::thing')), undefined);
    const object = entryCandidates(index, entry('arn:aws:s3:::bucket/key.txt'))!;
    assert.ok(object.some((f) => f.resourceType.name === 'object'));
    assert.deepStrictEqual(object, candidateFormats(index, 's3', 'bucket/key.txt'));
  });

  it('answers the same text the same way for another entry (another document or version), and case still matters', () => {
    const a = entryCandidates(index, entry('arn:aws:dynamodb:us-east-1:111122223333:table/Orders'));
    const b = entryCandidates(index, entry('arn:aws:dynamodb:us-east-1:111122223333:table/Orders'));
    assert.strictEqual(a, b, 'remembered by text');
    assert.ok(a !== undefined && a.length > 0);
    assert.deepStrictEqual(entryCandidates(index, entry('arn:aws:dynamodb:us-east-1:111122223333:Table/Orders')), []);
  });
});
