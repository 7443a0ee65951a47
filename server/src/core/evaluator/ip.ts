// IPv4 and IPv6 addresses and CIDR blocks for the IpAddress and NotIpAddress condition operators.
// Addresses are byte arrays (4 or 16 bytes); a block without a prefix length is a single address.

export interface Cidr {
  bytes: number[];
  prefix: number;
}

function parseV4(s: string): number[] | undefined {
  // A hand-written scanner: this runs for every IpAddress condition of every evaluation.
  const out = [0, 0, 0, 0];
  let part = 0;
  let digits = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      if (++digits > 3 || n > 255) return undefined;
    } else if (c === 46 /* . */) {
      if (digits === 0 || part === 3) return undefined;
      out[part++] = n;
      n = 0;
      digits = 0;
    } else {
      return undefined;
    }
  }
  if (digits === 0 || part !== 3) return undefined;
  out[3] = n;
  return out;
}

function parseV6(s: string): number[] | undefined {
  if (s.length === 0 || s.indexOf(':') === -1) return undefined;
  const doubleAt = s.indexOf('::');
  if (doubleAt !== -1 && s.indexOf('::', doubleAt + 1) !== -1) return undefined;
  const head = doubleAt === -1 ? s : s.slice(0, doubleAt);
  const tail = doubleAt === -1 ? '' : s.slice(doubleAt + 2);
  const headParts = head === '' ? [] : head.split(':');
  const tailParts = tail === '' ? [] : tail.split(':');
  const words: number[] = [];
  const tailWords: number[] = [];
  const pushGroups = (groups: string[], into: number[], allowV4Last: boolean): boolean => {
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      if (allowV4Last && i === groups.length - 1 && g.indexOf('.') !== -1) {
        const v4 = parseV4(g);
        if (v4 === undefined) return false;
        into.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return false;
      into.push(parseInt(g, 16));
    }
    return true;
  };
  if (!pushGroups(headParts, words, doubleAt === -1)) return undefined;
  if (!pushGroups(tailParts, tailWords, true)) return undefined;
  if (doubleAt === -1) {
    if (words.length !== 8) return undefined;
  } else {
    const fill = 8 - words.length - tailWords.length;
    if (fill < 1) return undefined;
    for (let i = 0; i < fill; i++) words.push(0);
    words.push(...tailWords);
  }
  const bytes: number[] = [];
  for (const w of words) bytes.push(w >> 8, w & 0xff);
  return bytes;
}

/** Parses an address (`10.0.0.1`, `2001:db8::1`); undefined when it is not one. */
export function parseIp(s: string): number[] | undefined {
  const t = s.trim();
  return t.indexOf(':') !== -1 ? parseV6(t) : parseV4(t);
}

/** Parses a CIDR block (`203.0.113.0/24`, `2001:DB8:1234:5678::/64`) or a single address. */
export function parseCidr(s: string): Cidr | undefined {
  const t = s.trim();
  const slash = t.indexOf('/');
  const addr = parseIp(slash === -1 ? t : t.slice(0, slash));
  if (addr === undefined) return undefined;
  const max = addr.length * 8;
  if (slash === -1) return { bytes: addr, prefix: max };
  const p = t.slice(slash + 1);
  if (!/^\d{1,3}$/.test(p)) return undefined;
  const prefix = Number(p);
  if (prefix > max) return undefined;
  return { bytes: addr, prefix };
}

/** Whether `addr` is inside `block` (an IPv4 address is never inside an IPv6 block, and back). */
export function cidrContains(block: Cidr, addr: number[]): boolean {
  if (block.bytes.length !== addr.length) return false;
  let bits = block.prefix;
  for (let i = 0; i < addr.length && bits > 0; i++) {
    const take = bits >= 8 ? 8 : bits;
    const mask = (0xff << (8 - take)) & 0xff;
    if ((block.bytes[i] & mask) !== (addr[i] & mask)) return false;
    bits -= take;
  }
  return true;
}
