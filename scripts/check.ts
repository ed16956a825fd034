/** `npm run check [plan …]`: validates plans and prints `file:line:col  path  message`. */
import { runCli } from '../src/cli/run-cli';
import { planDirFromArgument } from '../src/load/discover-plans';
import { checkPlans, checkSiteSettings, resolveContentRoot } from '../src/pipeline';
import { printProblems } from '../src/cli/print-problems';

const USAGE = `Användning: npm run check [-- mapp …]

Kontrollerar planerna i content/ och webbplatsens inställningar (content/webbplats.yaml),
eller bara de angivna planmapparna, och skriver varje problem på en rad:
fil:rad:kolumn  fält  meddelande, och under den raden i filen med en markering (^)
under kolumnen. Fel ger slutkod 1; varningar gör det inte.

Exempel:
  npm run check
  npm run check -- content/fou-jamt-2020
`;

await runCli(async () => {
  const flags = process.argv.slice(2).filter((arg) => arg.startsWith('-'));
  if (flags.includes('--help') || flags.includes('-h')) { process.stdout.write(USAGE); return 0; }
  if (flags.length > 0) { console.error(`planverk: Okänd flagga ${flags[0]}. Se npm run check -- --help.`); return 1; }
  const args = process.argv.slice(2);
  const contentRoot = await resolveContentRoot(process.env.PLANVERK_CONTENT ?? 'content');
  const { results, problems: planProblems } = await checkPlans(contentRoot, args.length ? args.map(planDirFromArgument) : undefined, { derive: false });
  // The site settings (webbplats.yaml) with the whole content folder, not with single plans.
  const problems = args.length ? planProblems : [...(await checkSiteSettings(contentRoot)).problems, ...planProblems];
  const errors = await printProblems(problems);
  const warnings = problems.length - errors;
  const plans = results.length === 1 ? '1 plan kontrollerad' : `${results.length} planer kontrollerade`;
  console.log(`${plans}: ${errors} fel, ${warnings} ${warnings === 1 ? 'varning' : 'varningar'}.`);
  return errors > 0 ? 1 : 0;
});
