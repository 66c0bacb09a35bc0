/**
 * `npm run directory -- <file.json> --table <TableName> [--region <region>]`: loads a university's
 * directory (faculties, people and their roles, approval chains, partners, agreements in force)
 * into a deployed table, with the operator's AWS credentials. This is how the first
 * administrators get into a new installation: sign-in only answers people in the directory.
 *
 * The file has the shape of infra/local/seed/demo-university.json and is checked in full before
 * anything is written. Like `npm start`'s seed, it goes only into a table without a directory, so
 * running it twice, or against the wrong table, never overwrites what the office has done.
 * `--endpoint` points it at DynamoDB Local instead (the tests do).
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createDb, type Db } from '../functions/lib/db/client';
import { getChain, putAll } from '../functions/lib/db/directory';
import { loadSeed, seedItems, type Seed } from './local/seed';
import { backfillFacts } from '../functions/lib/services/report-facts';
import { duplicateNames } from '../shared/partner-names';
import { isUniversityRole } from '../shared/schemas/directory';

export class DirectoryLoadError extends Error {
  override readonly name = 'DirectoryLoadError';
}

/** What the loader refuses before writing: a directory nobody could run Hamkor with. */
export function directoryProblems(seed: Seed): string[] {
  const problems: string[] = [];
  // A university role held for less than the university gives no powers (identity.ts), so it
  // would load a directory whose "administrator" could not administer anything.
  for (const p of seed.people) {
    for (const r of p.roles) {
      if (isUniversityRole(r.role) && r.scope.type !== 'university') problems.push(`people: ${p.email} holds ${r.role} for a ${r.scope.type}; it is held for the whole university`);
    }
  }
  if (!seed.people.some((p) => p.roles.some((r) => r.role === 'admin' && r.scope.type === 'university'))) {
    problems.push('people: nobody has the admin role for the whole university, so nobody could manage Hamkor');
  }
  for (const kind of ['nomination', 'memorandum'] as const) {
    if (!seed.chains.some((c) => c.kind === kind)) problems.push(`chains: no ${kind} chain, so no ${kind} could be submitted`);
  }
  // Each name is claimed by one partner; a file naming two partners alike would leave one unprotected.
  for (const d of duplicateNames(seed.partners)) problems.push(`partners: ${d.ids[0]} and ${d.ids[1]} are both called "${d.spelling}" in ${d.country}`);
  return problems;
}

export type LoadReport = { faculties: number; people: number; chains: number; partners: number; agreements: number };

export async function loadDirectory(db: Db, seed: Seed, now = new Date().toISOString()): Promise<LoadReport> {
  const problems = directoryProblems(seed);
  if (problems.length > 0) throw new DirectoryLoadError(`The directory is not usable:\n  ${problems.join('\n  ')}`);
  if (await getChain(db, 'nomination')) {
    throw new DirectoryLoadError(`Table ${db.table} already has a directory (its approval chains exist); nothing was written.`);
  }
  await putAll(db, seedItems(seed, now));
  // The agreements loaded in force get their report facts at once, as `npm start`'s seed does.
  await backfillFacts({ db });
  return { faculties: seed.faculties.length, people: seed.people.length, chains: seed.chains.length, partners: seed.partners.length, agreements: seed.agreements.length };
}

function readDirectory(path: string): Seed {
  try {
    return loadSeed(path);
  } catch (error) {
    const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
    if (issues) throw new DirectoryLoadError(`${path} is not a valid directory:\n  ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ')}`);
    throw new DirectoryLoadError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const usage = 'Usage: npm run directory -- <directory.json> --table <TableName> [--region <region>] [--endpoint <url>]';

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { table: { type: 'string' }, region: { type: 'string' }, endpoint: { type: 'string' } },
  });
  const [file] = positionals;
  if (!file || !values.table) throw new DirectoryLoadError(usage);
  const seed = readDirectory(file);
  const db = createDb({ tableName: values.table, region: values.region, endpoint: values.endpoint });
  const report = await loadDirectory(db, seed);
  console.log(
    `Loaded ${seed.university.name} into ${values.table}: ${report.people} people, ${report.faculties} faculties, ${report.chains} approval chains, ` +
      `${report.partners} partners, ${report.agreements} agreements. Administrators can now sign in.`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof DirectoryLoadError ? error.message : `Loading failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
