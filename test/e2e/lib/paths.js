// Where the real-editor tests keep things. .work/ and test-artifacts/ are gitignored.
'use strict';
const path = require('node:path');

const E2E = path.resolve(__dirname, '..');
const REPO = path.resolve(E2E, '..', '..');
const WORK = process.env.AWSPOLICY_E2E_WORK || path.join(E2E, '.work');
const ARTIFACTS = process.env.AWSPOLICY_E2E_ARTIFACTS || path.join(REPO, 'test-artifacts', 'e2e');
const FIXTURES = path.join(E2E, 'fixtures', 'workspace');

module.exports = { E2E, REPO, WORK, ARTIFACTS, FIXTURES };
