/**
 * `npm run backfill -- --table <TableName> [--region <region>] [--endpoint <url>]`: gives every
 * nomination and memorandum in a deployed table its report fact (functions/lib/services/report-facts.ts),
 * and every incoming nomination with a study plan its summary for the office's list
 * (functions/lib/services/study-plans.ts), with the operator's AWS credentials. Run once after the deploy that brings the report facts
 * (and after any deploy that raises their revision); running it again writes nothing new. New
 * transitions write their own facts, so the reports are complete once it has finished.
 *
 * A command rather than a deploy-time Lambda: a table of many thousands of items may take longer
 * than a custom resource's 15 minutes, and the operator sees it finish.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createDb } from '../functions/lib/db/client';
import { backfillFacts } from '../functions/lib/services/report-facts';
import { backfillStudyPlanSummaries } from '../functions/lib/services/study-plans';

const usage = 'Usage: npm run backfill -- --table <TableName> [--region <region>] [--endpoint <url>]';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { table: { type: 'string' }, region: { type: 'string' }, endpoint: { type: 'string' } } });
  if (!values.table) throw new Error(usage);
  const db = createDb({ tableName: values.table, region: values.region, endpoint: values.endpoint });
  const started = Date.now();
  const result = await backfillFacts({ db });
  console.log(`Report facts in ${values.table}: ${result.read} items read, ${result.written} facts written (the rest were current), in ${Math.round((Date.now() - started) / 1000)} s.`);
  const plans = await backfillStudyPlanSummaries({ db });
  console.log(`Study plans on the nominations list: ${plans.read} incoming nominations without a summary read, ${plans.written} summaries written.`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
