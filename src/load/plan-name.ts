/**
 * Which plan folder names planverk can publish. The name becomes the plan's address
 * (`/<name>/`) and output file names (`<name>.pdf`, the cache's `<name>.json`), so it must
 * be safe in a URL and in every file system, and must not take the place of anything the
 * site itself writes at the top of dist/ (a plan called `sok` would silently lose its page
 * behind the search page). `npm run check` and `npm run new --id` use the same rule.
 */

/** Longest name: leaves room for suffixes within the file system's 255 bytes per name. */
export const MAX_PLAN_NAME_LENGTH = 80;

/** Small letters a–z, digits and inner hyphens; starts and ends with a letter or digit. */
export const PLAN_NAME = new RegExp(`^[a-z0-9](?:[a-z0-9-]{0,${MAX_PLAN_NAME_LENGTH - 2}}[a-z0-9])?$`);

/**
 * What planverk writes at the top of dist/ beside the plans (src/pages/, public/, Astro's
 * `_astro/`, the search index `pagefind/` and `pagefind-<n>/`, the organisations'
 * calendars `kalender/`), plus names Windows cannot
 * check out (plans live in git and are edited on every kind of computer). Names with a dot
 * or an underscore never pass PLAN_NAME, so `index.html`, `favicon.svg` and `_astro` are
 * refused by the pattern already.
 */
const RESERVED: [RegExp, string][] = [
  [/^index$/, 'är webbplatsens startsida (index)'],
  [/^sok$/, 'är webbplatsens söksida (/sok/), och planens sida skulle försvinna bakom den'],
  [/^tillganglighet$/, 'är webbplatsens tillgänglighetsredogörelse (/tillganglighet/), och planens sida skulle försvinna bakom den'],
  [/^pagefind(?:-\d+)?$/, 'är en mapp i webbplatsens sökindex, och planens sida skulle krocka med den'],
  [/^schema$/, 'är mappen med JSON-schemat för plan.json (/schema/), och planens filer skulle krocka med den'],
  [/^kalender$/, 'är mappen med organisationernas kalendrar (/kalender/), och planens filer skulle krocka med den'],
  [/^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/, 'är ett namn som Windows inte tillåter för en mapp'],
];

function reservedReason(name: string): string | undefined {
  return RESERVED.find(([pattern]) => pattern.test(name))?.[1];
}

export function isReservedPlanName(name: string): boolean {
  return reservedReason(name) !== undefined;
}

/** Why `name` cannot be a plan's folder name (Swedish), or undefined when it can. */
export function planNameProblem(name: string): string | undefined {
  const shown = showName(name);
  if (name.length > MAX_PLAN_NAME_LENGTH) {
    return `Mappnamnet är för långt (${name.length} tecken); planens mappnamn blir dess adress och filnamn och får vara högst ${MAX_PLAN_NAME_LENGTH} tecken.`;
  }
  if (!PLAN_NAME.test(name)) {
    return `Mappnamnet ${shown} kan inte bli planens adress: använd bara små bokstäver a–z (utan å, ä, ö), siffror och bindestreck, och börja och sluta med en bokstav eller siffra.`;
  }
  const reserved = reservedReason(name);
  if (reserved) return `Mappnamnet ${shown} är upptaget: det ${reserved}.`;
  return undefined;
}

/** A valid name close to `name`: å/ä → a, ö → o, other accents dropped, the rest to hyphens. */
export function suggestPlanName(name: string): string {
  let slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_PLAN_NAME_LENGTH) slug = slug.slice(0, MAX_PLAN_NAME_LENGTH).replace(/-+$/, '');
  if (slug === '') slug = 'plan';
  if (isReservedPlanName(slug)) slug = `${slug}-plan`;
  return slug;
}

/** The full Swedish message: what is wrong and a name that works. */
export function planNameMessage(name: string): string | undefined {
  const problem = planNameProblem(name);
  return problem && `${problem} Byt namn på mappen, t.ex. till "${suggestPlanName(name)}".`;
}

/** The name in quotes, with control characters made visible and long names cut. */
function showName(name: string): string {
  const cut = name.length > 60 ? `${name.slice(0, 60)}…` : name;
  return JSON.stringify(cut).replace(/[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
