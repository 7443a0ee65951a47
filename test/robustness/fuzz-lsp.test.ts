// Property tests over the LSP layer: the document service that the analysis worker runs (diagnostics,
// hover, completion, code actions, symbols, folding as LSP data) on mutated real documents and random
// positions, and the real server over stdio on a stream of hostile documents. Every range must be a
// valid position inside the document, nothing may throw, and the server must keep answering.

import * as assert from 'assert';
import fc from 'fast-check';
import type { Range } from 'vscode-languageserver-protocol';
import { CompletionRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { mergeConfig } from '../../server/src/core';
import { DocumentService } from '../../server/src/lsp/document-service';
import { TestClient } from '../helpers/lsp-client';
import { testServices } from '../helpers/services';
import { corpusAvailable, corpusSample, fcParams, mutate, mutationArb, runs } from './invariants';
import { requireCorpus } from '../helpers/corpus';

function assertLspRange(doc: TextDocument, r: Range, what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < doc.lineCount, `${what}: line ${p.line} outside 0..${doc.lineCount - 1}`);
    const lineText = doc.getText({ start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
    assert.ok(p.character >= 0 && p.character <= lineText.length + 1, `${what}: character ${p.character} beyond line ${p.line} (${lineText.length})`);
    // The position maps back to an offset inside the document.
    const off = doc.offsetAt(p);
    assert.ok(off >= 0 && off <= doc.getText().length, `${what}: offset ${off}`);
  }
  assert.ok(doc.offsetAt(r.start) <= doc.offsetAt(r.end), `${what}: start after end`);
}

describe('robustness: property tests over the LSP layer', function () {
  this.timeout(0);
  const sample = corpusAvailable() ? corpusSample() : [];

  it('the document service answers every request with valid LSP ranges on mutated real documents', function () {
    requireCorpus(this);
    assert.ok(sample.length > 0, 'the shared corpus is missing');
    const service = new DocumentService(testServices);
    const options = { config: mergeConfig() };
    let version = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(mutationArb, { minLength: 0, maxLength: 3 }), fc.array(fc.record({ line: fc.integer({ min: -2, max: 400 }), character: fc.integer({ min: -2, max: 200 }) }), { minLength: 1, maxLength: 4 }), (pick, mutations, positions) => {
        const src = sample[pick % sample.length];
        let text = src.text;
        for (const m of mutations) text = mutate(text, m);
        const uri = 'file://' + src.file;
        const languageId = /\.ya?ml$/.test(src.file) ? 'yaml' : 'json';
        const doc = TextDocument.create(uri, languageId, ++version, text);
        service.sync({ uri, version, languageId, text, options });
        const v = service.validate(uri);
        assert.ok(v !== undefined, 'validation returned nothing');
        assert.strictEqual(v.version, version);
        for (const d of v.diagnostics) {
          assertLspRange(doc, d.range, `diagnostic ${d.code}`);
          for (const rel of d.relatedInformation ?? []) assertLspRange(doc, rel.location.range, `related of ${d.code}`);
        }
        for (const raw of positions) {
          const position = { line: Math.max(0, raw.line), character: Math.max(0, raw.character) };
          const h = service.hover(uri, position);
          if (h?.range) assertLspRange(doc, h.range, 'hover');
          const c = service.completion(uri, position);
          for (const item of c?.items ?? []) {
            const edit = item.textEdit as { range?: Range; insert?: Range; replace?: Range } | undefined;
            if (edit?.range) assertLspRange(doc, edit.range, `completion ${item.label}`);
          }
        }
        const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) };
        for (const a of service.codeActions(uri, whole, ['quickfix', 'source.fixAll.awspolicy']) ?? []) {
          for (const edits of Object.values(a.edit?.changes ?? {})) for (const e of edits) assertLspRange(doc, e.range, `code action ${a.title}`);
        }
        for (const s of service.symbols(uri) ?? []) assertLspRange(doc, s.range, `symbol ${s.name}`);
        for (const f of service.folding(uri) ?? []) assert.ok(f.startLine <= f.endLine && f.endLine < doc.lineCount, 'folding range');
        service.close(uri);
      }),
      fcParams(runs(1000)),
    );
  });

  it('the real server over stdio survives a stream of hostile documents and keeps answering', async function () {
    requireCorpus(this);
    assert.ok(sample.length > 0, 'the shared corpus is missing');
    const client = new TestClient();
    try {
      await client.initialize();
      const cases = fc.sample(fc.tuple(fc.nat(), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), fc.nat()), { numRuns: runs(200), seed: 4711 });
      let n = 0;
      for (const [pick, mutations, at] of cases) {
        const src = sample[pick % sample.length];
        let text = src.text;
        for (const m of mutations) text = mutate(text, m);
        const yaml = /\.ya?ml$/.test(src.file);
        const uri = `file:///fuzz/${n++}${yaml ? '.yaml' : '.json'}`;
        await client.open(uri, yaml ? 'yaml' : 'json', text);
        const p = await client.waitForDiagnostics(uri);
        const doc = TextDocument.create(uri, yaml ? 'yaml' : 'json', 1, text);
        for (const d of p.diagnostics) assertLspRange(doc, d.range, `diagnostic ${d.code} in ${src.file}`);
        const position = doc.positionAt(at % (text.length + 1));
        const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })) as { range?: Range } | null;
        if (hover?.range) assertLspRange(doc, hover.range, 'hover');
        await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
        await client.close(uri);
      }
      // Still alive and exact after all of it.
      const uri = 'file:///fuzz/final.json';
      await client.open(uri, 'json', '{ "Statement": [ { "Effect": "allow", "Action": "s3:GetObject", "Resource": "*" } ] }');
      const p = await client.waitForDiagnostics(uri, (d) => d.diagnostics.some((x) => x.code === 'IAM108'));
      assert.deepStrictEqual(p.diagnostics.find((x) => x.code === 'IAM108')!.range, { start: { line: 0, character: 29 }, end: { line: 0, character: 36 } });
    } finally {
      await client.stop();
    }
  });
});
