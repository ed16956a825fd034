/** Field paths as plan editors see them: `sections[2].blocks[0].amount`. */
export type PathSegment = string | number;

export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/** Key used in source maps; segments cannot contain NUL. */
export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('\u0000');
}
