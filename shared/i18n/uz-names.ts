/**
 * Every country's and the partners' usual languages' names in Uzbek (Latin), for the pages that
 * list them all: the country picker and the partners page. Chromium has no Uzbek data for
 * Intl.DisplayNames (it answers English names, or none), so the names are written here: the
 * countries as CLDR names them in Uzbek (generated once from Node's ICU, with the pages' ' for ʻ),
 * the languages as the pages name a language ("nemis tili").
 *
 * Not in shared/i18n/labels.ts itself, which the nomination form's first load carries: the pages
 * that need the whole list import this module and hand it to labels.ts (`knowUzbekNames`).
 */
export const UZ_ALL_COUNTRIES: Record<string, string> = {
  AD: 'Andorra', AE: 'Birlashgan Arab Amirliklari', AF: "Afg'oniston", AG: 'Antigua va Barbuda', AI: 'Angilya',
  AL: 'Albaniya', AM: 'Armaniston', AO: 'Angola', AQ: 'Antarktida', AR: 'Argentina', AS: 'Amerika Samoasi',
  AT: 'Avstriya', AU: 'Avstraliya', AW: 'Aruba', AX: 'Aland orollari', AZ: 'Ozarbayjon',
  BA: 'Bosniya va Gertsegovina', BB: 'Barbados', BD: 'Bangladesh', BE: 'Belgiya', BF: 'Burkina-Faso', BG: 'Bolgariya',
  BH: 'Bahrayn', BI: 'Burundi', BJ: 'Benin', BL: 'Sen-Bartelemi', BM: 'Bermuda orollari', BN: 'Bruney',
  BO: 'Boliviya', BQ: 'Boneyr, Sint-Estatius va Saba', BR: 'Braziliya', BS: 'Bagama orollari', BT: 'Butan',
  BV: 'Buve oroli', BW: 'Botsvana', BY: 'Belarus', BZ: 'Beliz', CA: 'Kanada', CC: 'Kokos (Kiling) orollari',
  CD: 'Kongo – Kinshasa', CF: 'Markaziy Afrika Respublikasi', CG: 'Kongo – Brazzavil', CH: 'Shveytsariya',
  CI: "Kot-d'Ivuar", CK: 'Kuk orollari', CL: 'Chili', CM: 'Kamerun', CN: 'Xitoy', CO: 'Kolumbiya', CR: 'Kosta-Rika',
  CU: 'Kuba', CV: 'Kabo-Verde', CW: 'Kyurasao', CX: 'Rojdestvo oroli', CY: 'Kipr', CZ: 'Chexiya', DE: 'Germaniya',
  DJ: 'Jibuti', DK: 'Daniya', DM: 'Dominika', DO: 'Dominikan Respublikasi', DZ: 'Jazoir', EC: 'Ekvador',
  EE: 'Estoniya', EG: 'Misr', EH: "G'arbiy Sahroi Kabir", ER: 'Eritreya', ES: 'Ispaniya', ET: 'Efiopiya',
  FI: 'Finlandiya', FJ: 'Fiji', FK: 'Folklend orollari', FM: 'Mikroneziya', FO: 'Farer orollari', FR: 'Fransiya',
  GA: 'Gabon', GB: 'Buyuk Britaniya', GD: 'Grenada', GE: 'Gruziya', GF: 'Fransuz Gvianasi', GG: 'Gernsi', GH: 'Gana',
  GI: 'Gibraltar', GL: 'Grenlandiya', GM: 'Gambiya', GN: 'Gvineya', GP: 'Gvadelupe', GQ: 'Ekvatorial Gvineya',
  GR: 'Gretsiya', GS: 'Janubiy Georgiya va Janubiy Sendvich orollari', GT: 'Gvatemala', GU: 'Guam',
  GW: 'Gvineya-Bisau', GY: 'Gayana', HK: 'Gonkong (Xitoy MMH)', HM: 'Xerd va Makdonald orollari', HN: 'Gonduras',
  HR: 'Xorvatiya', HT: 'Gaiti', HU: 'Vengriya', ID: 'Indoneziya', IE: 'Irlandiya', IL: 'Isroil', IM: 'Men oroli',
  IN: 'Hindiston', IO: 'Britaniyaning Hind okeanidagi hududi', IQ: 'Iroq', IR: 'Eron', IS: 'Islandiya', IT: 'Italiya',
  JE: 'Jersi', JM: 'Yamayka', JO: 'Iordaniya', JP: 'Yaponiya', KE: 'Keniya', KG: "Qirg'iziston", KH: 'Kambodja',
  KI: 'Kiribati', KM: 'Komor orollari', KN: 'Sent-Kits va Nevis', KP: 'Shimoliy Koreya', KR: 'Janubiy Koreya',
  KW: 'Quvayt', KY: 'Kayman orollari', KZ: "Qozog'iston", LA: 'Laos', LB: 'Livan', LC: 'Sent-Lyusiya',
  LI: 'Lixtenshteyn', LK: 'Shri-Lanka', LR: 'Liberiya', LS: 'Lesoto', LT: 'Litva', LU: 'Lyuksemburg', LV: 'Latviya',
  LY: 'Liviya', MA: 'Marokash', MC: 'Monako', MD: 'Moldova', ME: 'Chernogoriya', MF: 'Sent-Martin', MG: 'Madagaskar',
  MH: 'Marshall orollari', MK: 'Shimoliy Makedoniya', ML: 'Mali', MM: 'Myanma (Birma)', MN: 'Mongoliya',
  MO: 'Makao (Xitoy MMH)', MP: 'Shimoliy Mariana orollari', MQ: 'Martinika', MR: 'Mavritaniya', MS: 'Montserrat',
  MT: 'Malta', MU: 'Mavrikiy', MV: 'Maldiv orollari', MW: 'Malavi', MX: 'Meksika', MY: 'Malayziya', MZ: 'Mozambik',
  NA: 'Namibiya', NC: 'Yangi Kaledoniya', NE: 'Niger', NF: 'Norfolk oroli', NG: 'Nigeriya', NI: 'Nikaragua',
  NL: 'Niderlandiya', NO: 'Norvegiya', NP: 'Nepal', NR: 'Nauru', NU: 'Niue', NZ: 'Yangi Zelandiya', OM: 'Ummon',
  PA: 'Panama', PE: 'Peru', PF: 'Fransuz Polineziyasi', PG: 'Papua – Yangi Gvineya', PH: 'Filippin', PK: 'Pokiston',
  PL: 'Polsha', PM: 'Sen-Pyer va Mikelon', PN: 'Pitkern orollari', PR: 'Puerto-Riko', PS: 'Falastin hududlari',
  PT: 'Portugaliya', PW: 'Palau', PY: 'Paragvay', QA: 'Qatar', RE: 'Reyunion', RO: 'Ruminiya', RS: 'Serbiya',
  RU: 'Rossiya', RW: 'Ruanda', SA: 'Saudiya Arabistoni', SB: 'Solomon orollari', SC: 'Seyshel orollari', SD: 'Sudan',
  SE: 'Shvetsiya', SG: 'Singapur', SH: 'Muqaddas Yelena oroli', SI: 'Sloveniya', SJ: 'Shpitsbergen va Yan-Mayen',
  SK: 'Slovakiya', SL: 'Syerra-Leone', SM: 'San-Marino', SN: 'Senegal', SO: 'Somali', SR: 'Surinam',
  SS: 'Janubiy Sudan', ST: 'San-Tome va Prinsipi', SV: 'Salvador', SX: 'Sint-Marten', SY: 'Suriya', SZ: 'Svazilend',
  TC: 'Turks va Kaykos orollari', TD: 'Chad', TF: 'Fransuz Janubiy hududlari', TG: 'Togo', TH: 'Tailand',
  TJ: 'Tojikiston', TK: 'Tokelau', TL: 'Timor-Leste', TM: 'Turkmaniston', TN: 'Tunis', TO: 'Tonga', TR: 'Turkiya',
  TT: 'Trinidad va Tobago', TV: 'Tuvalu', TW: 'Tayvan', TZ: 'Tanzaniya', UA: 'Ukraina', UG: 'Uganda',
  UM: 'AQSH yondosh orollari', US: "Amerika Qo'shma Shtatlari", UY: 'Urugvay', UZ: "O'zbekiston", VA: 'Vatikan',
  VC: 'Sent-Vinsent va Grenadin', VE: 'Venesuela', VG: 'Britaniya Virgin orollari', VI: 'AQSH Virgin orollari',
  VN: 'Vyetnam', VU: 'Vanuatu', WF: 'Uollis va Futuna', WS: 'Samoa', YE: 'Yaman', YT: 'Mayotta',
  ZA: 'Janubiy Afrika Respublikasi', ZM: 'Zambiya', ZW: 'Zimbabve', XK: 'Kosovo',
};

/** The own-language names' languages a partner is most often in (OWN_LANGUAGES in web/src/pages/office-partners-form.tsx), and a few more. */
export const UZ_MORE_LANGUAGES: Record<string, string> = {
  az: 'ozarbayjon tili', mn: "mo'g'ul tili", ur: 'urdu tili', ms: 'malay tili', id: 'indonez tili', th: 'tay tili',
  vi: 'vyetnam tili', he: 'ivrit', nl: 'niderland tili', cs: 'chex tili', sk: 'slovak tili', hu: 'venger tili',
  ro: 'rumin tili', bg: 'bolgar tili', el: 'grek tili', fi: 'fin tili', sv: 'shved tili', nb: 'norveg tili (bokmål)',
  da: 'dan tili', et: 'eston tili', lv: 'latish tili', lt: 'litva tili', uk: 'ukrain tili', be: 'belarus tili',
  ka: 'gruzin tili', hy: 'arman tili', tt: 'tatar tili', ug: "uyg'ur tili", ps: 'pushtu tili', bn: 'bengal tili',
};
