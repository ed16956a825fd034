/**
 * The site's internal addresses, computed from the base path without Vite's
 * `import.meta.env`: plan pages are also rendered in worker threads (body-pool.ts).
 */
export interface SiteLinks {
  /** The configured base path, "/" or e.g. "/planverk/". */
  base: string;
  /** Whether the build publishes each plan's PDF beside its page. */
  withPdf: boolean;
}

export function underBase(base: string, relative = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${relative.replace(/^\//, '')}`;
}

export interface PlanLinks {
  home: string;
  json: string;
  /** Absent when the build writes no PDF: the page never links to a missing file. */
  pdf?: string;
  /** A figure image by its published name (`<hash>.png`, see PublishedImage), never an author's path. */
  image: (name: string) => string;
  /** The page of one of the plan's follow-ups (issue 21). */
  followUp: (followUpId: string) => string;
  /** The PDF of one of the plan's follow-ups; absent when the build writes no PDF. */
  followUpPdf?: (followUpId: string) => string;
}

/** The plan page's own address. */
export const planPageLink = (links: SiteLinks, planId: string) => underBase(links.base, `${planId}/`);

export function planLinks(links: SiteLinks, planId: string): PlanLinks {
  return {
    home: underBase(links.base),
    json: underBase(links.base, `${planId}/plan.json`),
    pdf: links.withPdf ? underBase(links.base, `${planId}/${planId}.pdf`) : undefined,
    image: (name) => underBase(links.base, `${planId}/bilder/${name}`),
    followUp: (followUpId) => underBase(links.base, `${planId}/${followUpId}/`),
    followUpPdf: links.withPdf ? (followUpId) => underBase(links.base, `${planId}/${followUpId}.pdf`) : undefined,
  };
}
