import path from 'node:path';
import { isInside } from './resolve-plan-file';

/** Path as printed in messages: relative to the working directory, forward slashes. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  const shown = relative && isInside(process.cwd(), file) ? relative : file;
  return shown.split(path.sep).join('/');
}
