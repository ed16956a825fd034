/**
 * How `npm run build` splits the search index into shards (see search-index.ts): pure
 * rules shared by the indexer, the build and the search page, which must agree on them.
 */

/** Pages per shard that the shard count aims at, and the most shards a search merges. */
const SHARD_SIZE = 64;
const MAX_SHARDS = 16;

/**
 * How many shards N plans get, `size` pages per shard. A build takes the size from
 * PLANVERK_SEARCH_SHARD_SIZE when it is set (tests use small shards to get several).
 */
export function shardCount(plans: number, size = Number(process.env.PLANVERK_SEARCH_SHARD_SIZE) || SHARD_SIZE): number {
  return Math.max(1, Math.min(MAX_SHARDS, Math.ceil(plans / size)));
}

/** Folder of shard k, relative to the site root. */
export function shardFolder(k: number): string {
  return k === 0 ? 'pagefind' : `pagefind-${k}`;
}

/** Stable shard of a plan (FNV-1a of its id). */
export function shardOf(planId: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < planId.length; i++) hash = Math.imul(hash ^ planId.charCodeAt(i), 0x01000193) >>> 0;
  return hash % shards;
}

/** The order in which `npm run build` renders plan pages: shard by shard, so each shard is complete early (search-index.ts). */
export function renderOrder<T extends { id: string }>(plans: readonly T[], shards: number): T[] {
  return [...plans].sort((a, b) => shardOf(a.id, shards) - shardOf(b.id, shards) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
