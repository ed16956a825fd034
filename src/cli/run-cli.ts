/**
 * The edge where problems become text and exit codes. Any unexpected exception is
 * reported in one Swedish line (the stack only with PLANVERK_DEBUG=1).
 */
export async function runCli(main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(`planverk: internt fel: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Detta är ett fel i planverk, inte i planen. Rapportera det gärna med planen som gav felet.');
    if (process.env.PLANVERK_DEBUG) console.error(error);
    process.exitCode = 2;
  }
}
