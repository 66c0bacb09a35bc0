/**
 * The EWP reference folder (the IIA v7 XSD set, its catalog and the verified iia-hash vectors),
 * kept beside the project at ../shared/ewp and never copied into it. EWP_REFERENCE points
 * elsewhere when the project is checked out at another depth (a git worktree).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const beside = fileURLToPath(new URL('../../../shared/ewp/', import.meta.url));

export const EWP_REFERENCE = process.env.EWP_REFERENCE ?? beside;

if (!existsSync(path.join(EWP_REFERENCE, 'README.md'))) {
  throw new Error(`The EWP reference folder is not at ${EWP_REFERENCE}: check out ../shared beside the project, or set EWP_REFERENCE`);
}

export const ewpFile = (relative: string) => path.join(EWP_REFERENCE, relative);
export const readEwp = (relative: string) => readFileSync(ewpFile(relative), 'utf8');
