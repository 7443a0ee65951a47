// Renders a state machine graph (graph.ts) as Mermaid, Graphviz DOT, or SVG laid out with dagre
// (@dagrejs/dagre, a compound layered layout: Parallel/Map groups are drawn around their branches).
// The SVG carries `data-offset`/`data-length` on each state so the editor's webview can reveal it.

import type { GraphGroup, GraphNode, StateGraph } from './graph';

// ---------- Mermaid ----------

function mermaidText(s: string): string {
  return s.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'));
}

function mermaidNode(n: GraphNode): string {
  const label = n.kind === 'state' && n.type ? `${mermaidText(n.label)}<br/><small>${mermaidText(n.type)}</small>` : mermaidText(n.label);
  if (n.kind === 'start' || n.kind === 'end') return `${n.id}(("${label}"))`;
  if (n.kind === 'join') return `${n.id}((" "))`;
  if (n.type === 'Choice') return `${n.id}{"${label}"}`;
  if (n.type === 'Succeed' || n.type === 'Fail') return `${n.id}(["${label}"])`;
  return `${n.id}["${label}"]`;
}

export function toMermaid(g: StateGraph): string {
  const lines = ['flowchart TD'];
  const children = new Map<string | undefined, { nodes: GraphNode[]; groups: GraphGroup[] }>();
  const slot = (k: string | undefined) => {
    let c = children.get(k);
    if (c === undefined) children.set(k, (c = { nodes: [], groups: [] }));
    return c;
  };
  for (const n of g.nodes) slot(n.group).nodes.push(n);
  for (const gr of g.groups) slot(gr.parent).groups.push(gr);
  const emit = (key: string | undefined, indent: string): void => {
    const c = children.get(key);
    if (c === undefined) return;
    for (const n of c.nodes) lines.push(`${indent}${mermaidNode(n)}`);
    for (const gr of c.groups) {
      lines.push(`${indent}subgraph ${gr.id}["${mermaidText(gr.label)}"]`);
      emit(gr.id, indent + '  ');
      lines.push(`${indent}end`);
    }
  };
  emit(undefined, '  ');
  g.edges.forEach((e) => {
    const label = e.label ? `|"${mermaidText(e.label)}"|` : '';
    const arrow = e.kind === 'catch' || e.kind === 'default' ? '-.->' : '-->';
    lines.push(`  ${e.from} ${arrow}${label} ${e.to}`);
  });
  g.edges.forEach((e, i) => {
    if (e.kind === 'catch') lines.push(`  linkStyle ${i} stroke:#d13212,color:#d13212`);
  });
  lines.push('  classDef unreachable stroke-dasharray:5 5,fill:#f3f3f3,color:#777');
  lines.push('  classDef missing stroke:#d13212,fill:#fde7e9');
  lines.push('  classDef fail fill:#fde7e9,stroke:#d13212');
  lines.push('  classDef succeed fill:#e7f6e7,stroke:#1d8102');
  const tag = (cls: string, ids: string[]): void => {
    if (ids.length > 0) lines.push(`  class ${ids.join(',')} ${cls}`);
  };
  tag('unreachable', g.nodes.filter((n) => n.unreachable).map((n) => n.id));
  tag('missing', g.nodes.filter((n) => n.missing).map((n) => n.id));
  tag('fail', g.nodes.filter((n) => n.type === 'Fail').map((n) => n.id));
  tag('succeed', g.nodes.filter((n) => n.type === 'Succeed').map((n) => n.id));
  return lines.join('\n') + '\n';
}

// ---------- DOT ----------

function dotEsc(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

function dotText(s: string): string {
  return `"${dotEsc(s)}"`;
}

export function toDot(g: StateGraph): string {
  const lines = [`digraph ${dotText(g.name)} {`, '  compound=true;', '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=10];'];
  const nodeLine = (n: GraphNode, indent: string): string => {
    const attrs: string[] = [`label="${n.kind === 'state' && n.type ? `${dotEsc(n.label)}\\n${dotEsc(n.type)}` : dotEsc(n.label)}"`];
    if (n.kind === 'start' || n.kind === 'end') attrs.push('shape=circle', 'fillcolor="#232f3e"', 'fontcolor="#ffffff"');
    else if (n.kind === 'join') attrs.push('shape=point', 'width=0.15');
    else if (n.type === 'Choice') attrs.push('shape=diamond', 'style=filled');
    if (n.type === 'Fail' || n.missing) attrs.push('fillcolor="#fde7e9"', 'color="#d13212"');
    if (n.type === 'Succeed') attrs.push('fillcolor="#e7f6e7"', 'color="#1d8102"');
    if (n.unreachable) attrs.push('style="rounded,dashed,filled"', 'fillcolor="#f3f3f3"', 'fontcolor="#777777"');
    return `${indent}${n.id} [${attrs.join(', ')}];`;
  };
  const emit = (parent: string | undefined, indent: string): void => {
    for (const n of g.nodes.filter((x) => x.group === parent)) lines.push(nodeLine(n, indent));
    for (const gr of g.groups.filter((x) => x.parent === parent)) {
      lines.push(`${indent}subgraph cluster_${gr.id} {`, `${indent}  label=${dotText(gr.label)};`, `${indent}  style="rounded${gr.kind === 'branch' ? ',dashed' : ''}";`);
      emit(gr.id, indent + '  ');
      lines.push(`${indent}}`);
    }
  };
  emit(undefined, '  ');
  for (const e of g.edges) {
    const attrs: string[] = [];
    if (e.label) attrs.push(`label=${dotText(e.label)}`);
    if (e.kind === 'catch') attrs.push('style=dashed', 'color="#d13212"', 'fontcolor="#d13212"');
    if (e.kind === 'default') attrs.push('style=dashed');
    lines.push(`  ${e.from} -> ${e.to}${attrs.length ? ` [${attrs.join(', ')}]` : ''};`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

// ---------- SVG (dagre layout) ----------

interface DagreNode { x: number; y: number; width: number; height: number }
interface DagreGraph {
  setGraph(g: Record<string, unknown>): void;
  setDefaultEdgeLabel(f: () => Record<string, unknown>): void;
  setNode(id: string, v: Record<string, unknown>): void;
  setParent(id: string, parent: string): void;
  setEdge(v: string, w: string, label: Record<string, unknown>, name: string): void;
  node(id: string): DagreNode;
  edge(e: { v: string; w: string; name: string }): { points: { x: number; y: number }[]; x?: number; y?: number };
  graph(): { width: number; height: number };
}
interface Dagre {
  graphlib: { Graph: new (opts: Record<string, unknown>) => DagreGraph };
  layout(g: DagreGraph): void;
}

// The package is ESM-typed with a CommonJS build; `require` keeps this module CommonJS without type gymnastics.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const dagre = require('@dagrejs/dagre') as Dagre;

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CHAR_W = 7;

function size(n: GraphNode): { width: number; height: number } {
  if (n.kind === 'start' || n.kind === 'end') return { width: 44, height: 44 };
  if (n.kind === 'join') return { width: 14, height: 14 };
  const w = Math.max(n.label.length, (n.type ?? '').length) * CHAR_W + 28;
  if (n.type === 'Choice') return { width: Math.max(110, w + 40), height: 64 };
  return { width: Math.max(90, Math.min(320, w)), height: 44 };
}

export interface SvgOptions {
  /** Colours follow the editor theme when true (CSS variables of a VS Code webview). */
  themed?: boolean;
}

export function toSvg(g: StateGraph, options: SvgOptions = {}): string {
  const dg = new dagre.graphlib.Graph({ compound: true, multigraph: true });
  dg.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 38, marginx: 16, marginy: 16 });
  dg.setDefaultEdgeLabel(() => ({}));
  for (const gr of g.groups) dg.setNode(gr.id, { label: gr.label, paddingTop: 24, paddingLeft: 10, paddingRight: 10, paddingBottom: 10 });
  for (const gr of g.groups) if (gr.parent) dg.setParent(gr.id, gr.parent);
  for (const n of g.nodes) {
    dg.setNode(n.id, size(n));
    if (n.group) dg.setParent(n.id, n.group);
  }
  g.edges.forEach((e, i) => {
    const lw = e.label ? Math.min(40, e.label.length) * 6 + 8 : 0;
    dg.setEdge(e.from, e.to, e.label ? { width: lw, height: 14, labelpos: 'c' } : {}, `e${i}`);
  });
  dagre.layout(dg);
  const { width, height } = dg.graph();
  const c = options.themed
    ? { bg: 'var(--vscode-editor-background)', fg: 'var(--vscode-editor-foreground)', box: 'var(--vscode-editorWidget-background, #fff)', line: 'var(--vscode-editorWidget-border, #888)', group: 'var(--vscode-sideBar-background, #f6f6f6)' }
    : { bg: '#ffffff', fg: '#16191f', box: '#ffffff', line: '#687078', group: '#f7f8f8' };
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" font-family="Helvetica, Arial, sans-serif" font-size="12" data-machine="${esc(g.name)}">`);
  out.push(`<title>${esc(g.name)}${g.workflowType ? ` (${g.workflowType})` : ''}</title>`);
  out.push('<defs>');
  out.push(`<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c.line}"/></marker>`);
  out.push('<marker id="arrow-catch" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#d13212"/></marker>');
  out.push('</defs>');
  out.push(`<rect width="100%" height="100%" fill="${c.bg}"/>`);
  // Groups first (outer before inner), so nodes and edges draw on top.
  const depth = (gr: GraphGroup): number => (gr.parent ? 1 + depth(g.groups.find((x) => x.id === gr.parent)!) : 0);
  for (const gr of [...g.groups].sort((a, b) => depth(a) - depth(b))) {
    const b = dg.node(gr.id);
    if (b === undefined || b.width === undefined) continue;
    const x = b.x - b.width / 2;
    const y = b.y - b.height / 2;
    const data = gr.offset !== undefined ? ` data-offset="${gr.offset}" data-length="${gr.length}" class="state group"` : ' class="group"';
    out.push(`<g${data}><rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${b.width.toFixed(1)}" height="${b.height.toFixed(1)}" rx="8" fill="${gr.kind === 'branch' ? 'none' : c.group}" stroke="${c.line}" stroke-dasharray="${gr.kind === 'branch' ? '4 3' : '0'}"/><text x="${(x + 8).toFixed(1)}" y="${(y + 15).toFixed(1)}" fill="${c.fg}" font-weight="${gr.kind === 'branch' ? 'normal' : 'bold'}">${esc(gr.label)}</text></g>`);
  }
  g.edges.forEach((e, i) => {
    const de = dg.edge({ v: e.from, w: e.to, name: `e${i}` });
    if (de === undefined || de.points === undefined) return;
    const d = de.points.map((p, k) => `${k === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    const catchy = e.kind === 'catch';
    const dash = catchy ? ' stroke-dasharray="6 4"' : e.kind === 'default' ? ' stroke-dasharray="3 3"' : '';
    out.push(`<path class="edge edge-${e.kind}" d="${d}" fill="none" stroke="${catchy ? '#d13212' : c.line}" stroke-width="1.4"${dash} marker-end="url(#${catchy ? 'arrow-catch' : 'arrow'})"/>`);
    if (e.label && de.x !== undefined && de.y !== undefined) {
      const t = e.label.length > 40 ? e.label.slice(0, 39) + '…' : e.label;
      out.push(`<text class="edge-label" x="${de.x.toFixed(1)}" y="${(de.y + 4).toFixed(1)}" text-anchor="middle" font-size="10" fill="${catchy ? '#d13212' : c.fg}">${esc(t)}</text>`);
    }
  });
  for (const n of g.nodes) {
    const b = dg.node(n.id);
    if (b === undefined) continue;
    out.push(nodeSvg(n, b, c));
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}

function nodeSvg(n: GraphNode, b: DagreNode, c: { fg: string; box: string; line: string }): string {
  const x = b.x - b.width / 2;
  const y = b.y - b.height / 2;
  if (n.kind === 'start' || n.kind === 'end') {
    return `<g class="terminal"><circle cx="${b.x.toFixed(1)}" cy="${b.y.toFixed(1)}" r="${(b.width / 2).toFixed(1)}" fill="#232f3e"/><text x="${b.x.toFixed(1)}" y="${(b.y + 4).toFixed(1)}" text-anchor="middle" fill="#ffffff" font-size="11">${esc(n.label)}</text></g>`;
  }
  if (n.kind === 'join') return `<circle class="join" cx="${b.x.toFixed(1)}" cy="${b.y.toFixed(1)}" r="5" fill="${c.line}"/>`;
  let fill = c.box;
  let stroke = c.line;
  if (n.type === 'Fail' || n.missing) [fill, stroke] = ['#fde7e9', '#d13212'];
  if (n.type === 'Succeed') [fill, stroke] = ['#e7f6e7', '#1d8102'];
  const text = n.type === 'Fail' || n.type === 'Succeed' || n.missing ? '#16191f' : c.fg;
  const classes = ['state', n.unreachable ? 'unreachable' : '', n.missing ? 'missing' : ''].filter(Boolean).join(' ');
  const data = n.offset !== undefined ? ` data-offset="${n.offset}" data-length="${n.length}" data-name="${esc(n.label)}"` : '';
  const opacity = n.unreachable ? ' opacity="0.55"' : '';
  const dash = n.unreachable ? ' stroke-dasharray="5 4"' : '';
  const shape = n.type === 'Choice'
    ? `<polygon points="${b.x},${y} ${x + b.width},${b.y} ${b.x},${y + b.height} ${x},${b.y}" fill="${fill}" stroke="${stroke}" stroke-width="1.4"${dash}/>`
    : `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${b.width.toFixed(1)}" height="${b.height.toFixed(1)}" rx="${n.type === 'Succeed' || n.type === 'Fail' ? 20 : 6}" fill="${fill}" stroke="${stroke}" stroke-width="1.4"${dash}/>`;
  const title = n.unreachable ? `<title>${esc(n.label)}: unreachable</title>` : `<title>${esc(n.label)}${n.type ? ` (${n.type})` : ''}</title>`;
  return `<g class="${classes}"${data}${opacity} style="cursor:pointer">${title}${shape}<text x="${b.x.toFixed(1)}" y="${(b.y - 2).toFixed(1)}" text-anchor="middle" fill="${text}">${esc(n.label.length > 44 ? n.label.slice(0, 43) + '…' : n.label)}</text><text x="${b.x.toFixed(1)}" y="${(b.y + 12).toFixed(1)}" text-anchor="middle" fill="${text}" font-size="10" opacity="0.75">${esc(n.unreachable ? `${n.type ?? ''} · unreachable` : n.type ?? '')}</text></g>`;
}

/** Renders a graph in one of the CLI formats. */
export function renderGraph(g: StateGraph, format: 'svg' | 'mermaid' | 'dot'): string {
  return format === 'mermaid' ? toMermaid(g) : format === 'dot' ? toDot(g) : toSvg(g);
}

