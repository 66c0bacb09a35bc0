/**
 * The console's own words that the e2e tests read in English only: the Uzbek completion line
 * and the names every language and country takes on the partners page in Uzbek.
 */
import { describe, expect, it } from 'vitest';
import { displayName, knowUzbekNames } from '../../shared/i18n/labels';
import { UZ_ALL_COUNTRIES, UZ_MORE_LANGUAGES } from '../../shared/i18n/uz-names';
import { OFFICE_MESSAGES } from '../../web/src/i18n/office-messages';

describe('the console’s Uzbek words', () => {
  it('attach the from and until suffixes to the dates of a completed mobility', () => {
    const line = OFFICE_MESSAGES['nom.completedLine'].uz.replace('{from}', '2026-yil 1-sentabr').replace('{to}', '2027-yil 31-avgust');
    expect(line).toBe('2026-yil 1-sentabrdan 2027-yil 31-avgustgacha');
  });

  it('name Karakalpak in every language, and every country and usual language in Uzbek once the whole lists are known', () => {
    expect(['en', 'ru', 'uz'].map((l) => displayName('language', 'kaa', l as 'en'))).toEqual(['Karakalpak', 'каракалпакский', 'qoraqalpoq tili']);
    knowUzbekNames({ countries: UZ_ALL_COUNTRIES, languages: UZ_MORE_LANGUAGES });
    expect(['DZ', 'NG', 'KP', 'UZ'].map((c) => displayName('region', c, 'uz'))).toEqual(['Jazoir', 'Nigeriya', 'Shimoliy Koreya', "O'zbekiston"]);
    expect(['hy', 'vi', 'ky'].map((c) => displayName('language', c, 'uz'))).toEqual(['arman tili', 'vyetnam tili', "qirg'iz tili"]);
  });
});
