/** One sentence in each of the pages' languages. */
import type { Language } from '../../../shared/schemas/common';

export type Words = Record<Language, string>;
