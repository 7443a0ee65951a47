// Step Functions protocol handlers: go to definition, find references and rename for state names,
// and `awspolicy/aslGraph`, which returns the graph of each state machine of a document (SVG for the
// graph webview, plus Mermaid). The logic is in the core (features/asl/navigation.ts, asl/graph.ts).

import { Connection, Location, RequestType, ResponseError, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { positionToOffset } from '../core/text';
import { toRange } from './convert';
import { heavy } from './heavy';
import { runSafe } from './run-safe';
import type { ServerHandle } from './server';

export interface AslGraphParams {
  uri: string;
  /** Colours from the editor theme (CSS variables) instead of fixed ones. */
  themed?: boolean;
}

export interface AslGraphResult {
  uri: string;
  version: number | undefined;
  graphs: { name: string; location: string; workflowType?: string; svg: string; mermaid: string; states: number; unreachable: number }[];
}

export const AslGraphRequest = new RequestType<AslGraphParams, AslGraphResult | null, void>('awspolicy/aslGraph');

export function registerAsl(connection: Connection, server: ServerHandle): void {
  const modelOf = (uri: string) => {
    const doc = server.documents.get(uri);
    return doc === undefined ? undefined : server.cache.get(doc).doc;
  };

  connection.onDefinition((params, token) =>
    runSafe(connection, 'definition', token, null, () => {
      const doc = modelOf(params.textDocument.uri);
      if (doc === undefined) return null;
      const ranges = heavy().navigation.aslDefinition(doc, positionToOffset(doc.lineStarts, params.position, doc.text.length));
      return ranges.map((r): Location => ({ uri: params.textDocument.uri, range: toRange(doc, r.offset, r.length) }));
    }),
  );

  connection.onReferences((params, token) =>
    runSafe(connection, 'references', token, null, () => {
      const doc = modelOf(params.textDocument.uri);
      if (doc === undefined) return null;
      const ranges = heavy().navigation.aslReferences(doc, positionToOffset(doc.lineStarts, params.position, doc.text.length), params.context.includeDeclaration);
      return ranges.map((r): Location => ({ uri: params.textDocument.uri, range: toRange(doc, r.offset, r.length) }));
    }),
  );

  connection.onPrepareRename((params, token) =>
    runSafe(connection, 'prepareRename', token, null, () => {
      const doc = modelOf(params.textDocument.uri);
      if (doc === undefined) return null;
      const p = heavy().navigation.aslPrepareRename(doc, positionToOffset(doc.lineStarts, params.position, doc.text.length));
      return p === undefined ? null : { range: toRange(doc, p.range.offset, p.range.length), placeholder: p.placeholder };
    }),
  );

  connection.onRenameRequest((params, token) =>
    runSafe(connection, 'rename', token, null, () => {
      const doc = modelOf(params.textDocument.uri);
      if (doc === undefined) return null;
      const r = heavy().navigation.aslRename(doc, positionToOffset(doc.lineStarts, params.position, doc.text.length), params.newName);
      if (r === undefined) return null;
      if ('error' in r) return new ResponseError(0, r.error);
      const edits = r.edits.map((e): TextEdit => ({ range: toRange(doc, e.offset, e.length), newText: e.newText }));
      const we: WorkspaceEdit = { changes: { [params.textDocument.uri]: edits } };
      return we;
    }),
  );

  connection.onRequest(AslGraphRequest, (params, token) =>
    runSafe(connection, 'aslGraph', token, null, () => {
      const doc = modelOf(params.uri);
      if (doc === undefined) return null;
      const graphs = heavy().documentGraphs(doc).map((g) => ({
        name: g.name,
        location: g.location,
        workflowType: g.workflowType,
        svg: heavy().toSvg(g, { themed: params.themed === true }),
        mermaid: heavy().toMermaid(g),
        states: g.nodes.filter((n) => n.kind === 'state' && !n.missing).length,
        unreachable: g.nodes.filter((n) => n.unreachable).length,
      }));
      return { uri: params.uri, version: doc.version, graphs };
    }),
  );
}
