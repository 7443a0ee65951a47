// Facts for hovers: each limit or fact the study notes state, with AWS's value today where it differs,
// since when, and the source (../shared/reference/notes-limits.md). Versioned data: one entry per
// setting, reviewed like code. Areas keep their entries in `facts/<area>.ts`.

export type FactStatus = 'agrees' | 'outdated' | 'wrong' | 'notes disagree' | 'not checked';

export interface NoteRef {
  /** What the study note says, quoted or paraphrased. */
  says: string;
  /** Where: `000 L494` = seeds/000_7b4e52f9abffff7d.txt line 494. */
  refs: string[];
}

export interface Fact {
  /** Stable key, e.g. `iam.element.Version`, `sqs.MaximumMessageSize`. */
  key: string;
  title: string;
  /** One or two sentences: what the setting does. */
  description: string;
  notes?: NoteRef[];
  /** AWS today (value, default, range). */
  aws?: string;
  /** When AWS changed it, if the notes are outdated. */
  since?: string;
  source?: string;
  status: FactStatus;
  /** The AWS value was not confirmed against the live page. */
  verify?: boolean;
}

const NOTE_FILES: Record<string, string> = {
  '000': '000_7b4e52f9abffff7d.txt',
  '001': '001_c00a1c0a5efdd332.txt',
  '002': '002_be5936b60bcd6b77.txt',
  '003': '003_957a3e19e92b85d1.txt',
  '004': '004_37f50ed18bb29018.txt',
};

function noteRef(ref: string): string {
  const [file, line] = ref.split(' ');
  return `${NOTE_FILES[file] ?? file}${line ? ' ' + line : ''}`;
}

/** Markdown for a hover. */
export function renderFact(f: Fact): string {
  const out: string[] = [`**${f.title}**`, '', f.description];
  // Each note is its own paragraph: a single line break does not show in Markdown.
  for (const n of f.notes ?? []) out.push('', `*Study notes:* ${n.says} _(${n.refs.map(noteRef).join(', ')})_`);
  if (f.aws) {
    out.push('');
    const changed = f.status === 'outdated' || f.status === 'wrong' || f.status === 'notes disagree';
    const label = changed ? (f.since ? `AWS today (since ${f.since})` : 'AWS today') : 'AWS';
    out.push(`*${label}:* ${f.aws}${f.verify ? ' _(unconfirmed)_' : ''}`);
  }
  if (f.source) out.push('', `[AWS documentation](${f.source})`);
  return out.join('\n');
}
