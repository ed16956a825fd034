/**
 * The site settings through the same zod-to-Swedish problems as a plan, plus warnings
 * for what the site has to show as missing: an accessibility statement without a way to
 * report problems, an organisation or a review date, and a catalogue without an address.
 */
import { siteSettingsSchema, type SiteSettings } from '../../schemas/site-settings';
import type { LoadedSiteSettings } from '../load/load-site-settings';
import { sortProblems, type Problem } from '../problems';
import { schemaProblems } from './schema-problems';

export interface ValidatedSiteSettings {
  file: string;
  exists: boolean;
  /** The settings when valid ({} without a file); undefined when the file has errors. */
  settings?: SiteSettings;
  problems: Problem[];
}

export interface SiteSettingsContext {
  /** PLANVERK_SITE is set: the site's address comes from the environment. */
  siteUrlFromEnvironment?: boolean;
}

export function validateSiteSettings(loaded: LoadedSiteSettings, context: SiteSettingsContext = {}): ValidatedSiteSettings {
  const { file, exists } = loaded;
  if (loaded.problems.length > 0) return { file, exists, problems: sortProblems(loaded.problems) };
  if (!exists) {
    return {
      file, exists, settings: {},
      problems: [{
        severity: 'warning', code: 'installningar-saknas', file, line: 1, column: 1, path: '',
        message: `Webbplatsens inställningar saknas: tillgänglighetsredogörelsen visar "Uppgift saknas" för organisation, kontakt och granskningsdatum${context.siteUrlFromEnvironment ? '' : ', och datakatalogen får relativa adresser'}. Skapa filen (se README, "Webbplatsens inställningar").`,
      }],
    };
  }
  // An empty file is no settings at all, not an error.
  const data = loaded.data ?? {};
  const { value, problems } = schemaProblems(siteSettingsSchema, data, loaded.sourceMap);
  if (!value) return { file, exists, problems: sortProblems(problems) };

  const warnings: Problem[] = [];
  const warn = (path: (string | number)[], code: string, message: string) => {
    warnings.push({ severity: 'warning', code, ...loaded.sourceMap.locate(path, true), path: path.join('.'), message });
  };
  const statement = value.accessibility;
  const missing: string[] = [];
  if (!value.organisation) missing.push('organisation');
  if (!statement?.contact && !value.contact) missing.push('accessibility.contact (eller contact)');
  if ((statement?.status ?? 'delvis förenlig') !== 'helt förenlig' && !statement?.knownIssues?.length) missing.push('accessibility.knownIssues');
  if (!statement?.reviewed) missing.push('accessibility.reviewed');
  if (missing.length > 0) {
    warn(statement ? ['accessibility'] : [], 'redogorelse-ofullstandig',
      `Tillgänglighetsredogörelsen är ofullständig och visar "Uppgift saknas": ange ${missing.join(', ')} i webbplats.yaml.`);
  }
  if (!value.baseUrl && !context.siteUrlFromEnvironment) {
    warn([], 'katalog-relativa-adresser',
      'Webbplatsens adress saknas: datakatalogen (katalog.jsonld) får adresser relativt katalogen. Ange baseUrl, t.ex. baseUrl: https://planer.example.se/.');
  }
  return { file, exists, settings: value, problems: sortProblems(warnings) };
}
