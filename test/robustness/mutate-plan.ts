/**
 * fast-check arbitraries that break real plans the way editors (and worse) do:
 * deleted keys, swapped types, truncated files, random bytes, deep nesting, huge strings.
 */
import fc from 'fast-check';
import { parse, stringify } from 'yaml';

export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'bytes'; at: number; bytes: number[] }
  | { kind: 'replace'; pathSeed: number; value: unknown }
  | { kind: 'delete'; pathSeed: number }
  | { kind: 'nest'; pathSeed: number; depth: number }
  | { kind: 'huge'; pathSeed: number; length: number };

const weirdValue = fc.oneof(
  fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
  fc.constantFrom('<script>alert(1)</script>', '[x](javascript:alert(1))', '2020-02-30', '\u202eevil', 'x kronor', '../../etc/passwd'),
);

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('replace' as const), pathSeed: fc.nat(), value: weirdValue }),
  fc.record({ kind: fc.constant('delete' as const), pathSeed: fc.nat() }),
  fc.record({ kind: fc.constant('nest' as const), pathSeed: fc.nat(), depth: fc.integer({ min: 50, max: 400 }) }),
  fc.record({ kind: fc.constant('huge' as const), pathSeed: fc.nat(), length: fc.integer({ min: 10_000, max: 2_000_000 }) }),
);

/** Every path to a value in `data`, in document order. */
function allPaths(data: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(data)) data.forEach((item, i) => allPaths(item, [...at, i], out));
  else if (data && typeof data === 'object') for (const [key, value] of Object.entries(data)) allPaths(value, [...at, key], out);
  return out;
}

function setAt(data: unknown, path: (string | number)[], update: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  if (path.length === 0) return data;
  let parent = data as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  update(parent, path.at(-1)!);
  return data;
}

/** Applies a mutation to a plan file's bytes. */
export function applyMutation(source: Buffer, mutation: Mutation): Buffer {
  switch (mutation.kind) {
    case 'truncate':
      return source.subarray(0, mutation.at % (source.length + 1));
    case 'bytes': {
      const at = mutation.at % (source.length + 1);
      return Buffer.concat([source.subarray(0, at), Buffer.from(mutation.bytes), source.subarray(at)]);
    }
    default: {
      const data = parse(source.toString('utf8'));
      const paths = allPaths(data).filter((p) => p.length > 0);
      const path = paths[mutation.pathSeed % paths.length]!;
      if (mutation.kind === 'delete') {
        setAt(data, path, (parent, key) => { if (Array.isArray(parent)) parent.splice(Number(key), 1); else delete parent[key]; });
      } else if (mutation.kind === 'replace') {
        setAt(data, path, (parent, key) => { parent[key] = mutation.value; });
      } else if (mutation.kind === 'nest') {
        let nested: unknown = 'botten';
        for (let i = 0; i < mutation.depth; i++) nested = i % 2 ? [nested] : { sections: nested };
        setAt(data, path, (parent, key) => { parent[key] = nested; });
      } else {
        setAt(data, path, (parent, key) => { parent[key] = 'å'.repeat(mutation.length); });
      }
      return Buffer.from(stringify(data, { aliasDuplicateObjects: false }));
    }
  }
}
