/**
 * The EWP reference folder (the IIA v7 XSD set, its catalog and the verified iia-hash vectors),
 * kept beside the project at ../shared/ewp and never copied into it. EWP_REFERENCE points
 * elsewhere when the project is checked out at another depth (a git worktree).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const beside = fileURLToPath(new URL('../../../shared/ewp/', import.meta.url));

export const EWP_REFERENCE = process.env.EWP_REFERENCE ?? beside;

if (!existsSync(path.join(EWP_REFERENCE, 'README.md'))) {
  throw new Error(`The EWP reference folder is not at ${EWP_REFERENCE}: check out ../shared beside the project, or set EWP_REFERENCE`);
}

export const ewpFile = (relative: string) => path.join(EWP_REFERENCE, relative);
export const readEwp = (relative: string) => readFileSync(ewpFile(relative), 'utf8');

/**
 * xmllint's verdict on an IIAs get response against the v7 XSD set, offline through the folder's
 * catalog (the schemas' imports name remote addresses). xmllint is Debian's libxml2-utils (.ci/run).
 */
export function xmllintIia(xml: string): { valid: boolean; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ewp-'));
  try {
    const file = path.join(dir, 'iia.xml');
    writeFileSync(file, xml);
    const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', 'iias-v7/endpoints/get-response.xsd', file], {
      cwd: EWP_REFERENCE,
      env: { ...process.env, XML_CATALOG_FILES: 'catalog.xml' },
      encoding: 'utf8',
    });
    if (run.error) throw new Error(`xmllint could not be run (apt-get install libxml2-utils): ${run.error.message}`);
    return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The iia-hash of each `<iia>` in the document by the second implementation (iia-hash.py beside
 * this file: Python's standard library, written from the reference README's words), so a test can
 * hold ours to one that shares no code with it. python3 is Debian's (.ci/run).
 */
export function secondIiaHashes(xml: string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'ewp-'));
  try {
    const file = path.join(dir, 'iia.xml');
    writeFileSync(file, xml);
    const run = spawnSync('python3', [fileURLToPath(new URL('./iia-hash.py', import.meta.url)), file], { encoding: 'utf8' });
    if (run.error) throw new Error(`python3 could not be run (apt-get install python3): ${run.error.message}`);
    if (run.status !== 0) throw new Error(`iia-hash.py failed: ${run.stderr}`);
    return run.stdout.split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
