/**
 * The second process of a build's first check (./shared-check.ts): tinypool calls the
 * default export with a chunk of plans, which it checks and stores as the build's own
 * process does.
 */
import { checkAndStore, type CheckJob, type IndexEntry } from './model-cache';

export default function checkChunk(job: CheckJob): Promise<IndexEntry[]> {
  return checkAndStore(job);
}

// The build stopped or was killed: never outlive it.
process.on('disconnect', () => process.exit(1));
