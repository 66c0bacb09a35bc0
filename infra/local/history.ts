/**
 * Ten years of a fictional office's history (infra/local/seed/history-*.csv, written by
 * generate-history.ts) loaded into the demo through the import service, as the office would
 * import its own: agreements first (mobilities name them), as the demo's administrator. The
 * import is idempotent, so `npm start` runs it on every start and a restart adds nothing.
 */
import { readFileSync } from 'node:fs';
import { getPerson } from '../../functions/lib/db/directory';
import type { Deps } from '../../functions/lib/deps';
import { applyImport } from '../../functions/lib/services/imports';

const FILES = [
  { kind: 'agreements', name: 'history-agreements.csv' },
  { kind: 'mobilities', name: 'history-mobilities.csv' },
] as const;

export async function loadHistory(deps: Deps, importer = 'admin@uni.example'): Promise<{ created: number; alreadyThere: number }> {
  const person = await getPerson(deps.db, importer);
  if (!person) return { created: 0, alreadyThere: 0 }; // not the demo directory: nothing to load it as
  const total = { created: 0, alreadyThere: 0 };
  for (const file of FILES) {
    const bytes = new Uint8Array(readFileSync(new URL(`./seed/${file.name}`, import.meta.url)));
    const result = await applyImport(deps, person, { bytes, name: file.name }, { kind: file.kind, fileName: file.name, validOnly: false });
    total.created += result.applied.created;
    total.alreadyThere += result.applied.alreadyThere;
  }
  return total;
}
