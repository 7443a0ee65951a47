// Building a version's model ahead of its analysis (the language server does it while typing pauses):
// the analysis of a prepared version must be exactly the analysis of an unprepared one, a prepared model
// never outlives its version, and documents over the size limit get no model built.

import * as assert from 'assert';
import { analyze, prepareModel } from '../../server/src/core/analyze';
import { mergeConfig } from '../../server/src/core/config';
import { generate } from '../../bench/generate';
import { testServices } from '../helpers/services';
import { DocumentService } from '../../server/src/lsp/document-service';

describe('models built ahead of the analysis', () => {
  const options = { config: mergeConfig({ maxFileSize: 64 * 1024 * 1024 }) };

  it('analyze runs the rules on the model it is given, with the findings of a model it builds itself', () => {
    const f = generate('cfn-yaml', '100KB');
    const input = { text: f.text, uri: `file:///ahead/${f.fileName}`, languageId: f.languageId, version: 3 };
    const model = prepareModel(input, options);
    assert.ok(model !== undefined);
    const services = testServices();
    const given = analyze(input, { ...options, services, model });
    assert.strictEqual(given.doc, model);
    assert.deepStrictEqual(given.findings, analyze(input, { ...options, services }).findings);
    assert.ok(given.findings.length > 10, 'the generated template has findings to compare');
  });

  it('builds no model for a text over maxFileSize (analyze reports it too large instead)', () => {
    const input = { text: `{"Statement": [${'{}, '.repeat(50)}{}]}`, uri: 'file:///ahead/big.json' };
    assert.strictEqual(prepareModel(input, { config: mergeConfig({ maxFileSize: 100 }) }), undefined);
    assert.ok(prepareModel(input, { config: mergeConfig({ maxFileSize: 1000 }) }) !== undefined);
  });

  it('gives the same diagnostics with and without prepare, and drops a prepared model when a newer version arrives', () => {
    for (const kind of ['cfn-json', 'cfn-yaml'] as const) {
      const f = generate(kind, '100KB');
      const uri = `file:///ahead/${f.fileName}`;
      const edited = f.text.replace('Description', 'Descriptionx');
      assert.notStrictEqual(edited, f.text);
      const live = new DocumentService(testServices);
      live.sync({ uri, version: 1, languageId: f.languageId, text: f.text, options });
      live.prepare(uri);
      // The analysis takes the prepared model (white box: the service keeps it per version until then).
      const prepared = (live as unknown as { docs: Map<string, { model?: object }> }).docs.get(uri)?.model;
      assert.ok(prepared !== undefined, `${kind}: prepare built a model`);
      assert.strictEqual(live.result(uri)?.doc, prepared, `${kind}: the analysis used the prepared model`);
      const first = live.validate(uri);
      // Prepared for version 2, then version 3 arrives before any analysis: 3 must be analysed from its own text.
      live.sync({ uri, version: 2, languageId: f.languageId, text: f.text, options });
      live.prepare(uri);
      live.sync({ uri, version: 3, languageId: f.languageId, text: edited, options });
      const third = live.validate(uri);
      const fresh = (version: number, text: string) => {
        const s = new DocumentService(testServices);
        s.sync({ uri, version, languageId: f.languageId, text, options });
        return s.validate(uri);
      };
      assert.deepStrictEqual(first, fresh(1, f.text), kind);
      assert.deepStrictEqual(third, fresh(3, edited), kind);
      assert.notDeepStrictEqual(third?.diagnostics, first?.diagnostics, `${kind}: the edit changes the diagnostics, so a stale model would show`);
    }
  });
});
