/**
 * ISCED-F 2013, the UNESCO classification of fields of education and training that EWP and the
 * Erasmus+ tools name subject areas by: its detailed fields (four digits: broad, narrow, detailed).
 * A code is known when it is a detailed field below, or one of the classification's own residual
 * codes: a narrow field "not further defined" (its three digits and 0: 0530) or "not elsewhere
 * classified" (and 9: 0539), a broad field "not further defined" (its two digits and 00: 0500), the
 * broad field's inter-disciplinary programmes (and 88: 0588), or "field unknown" (9999). A typed
 * code such as 0534 or 0599 names no field and is refused.
 */

/** The detailed fields, by narrow field (the first three digits). */
const DETAILED: Record<string, readonly string[]> = {
  '001': ['0011'], // basic programmes and qualifications
  '002': ['0021'], // literacy and numeracy
  '003': ['0031'], // personal skills and development
  '011': ['0111', '0112', '0113', '0114'], // education
  '021': ['0211', '0212', '0213', '0214', '0215'], // arts
  '022': ['0221', '0222', '0223'], // humanities (except languages)
  '023': ['0231', '0232'], // languages
  '031': ['0311', '0312', '0313', '0314'], // social and behavioural sciences
  '032': ['0321', '0322'], // journalism and information
  '041': ['0411', '0412', '0413', '0414', '0415', '0416', '0417'], // business and administration
  '042': ['0421'], // law
  '051': ['0511', '0512'], // biological and related sciences
  '052': ['0521', '0522'], // environment
  '053': ['0531', '0532', '0533'], // physical sciences
  '054': ['0541', '0542'], // mathematics and statistics
  '061': ['0611', '0612', '0613'], // information and communication technologies
  '071': ['0711', '0712', '0713', '0714', '0715', '0716'], // engineering and engineering trades
  '072': ['0721', '0722', '0723', '0724'], // manufacturing and processing
  '073': ['0731', '0732'], // architecture and construction
  '081': ['0811', '0812'], // agriculture
  '082': ['0821'], // forestry
  '083': ['0831'], // fisheries
  '084': ['0841'], // veterinary
  '091': ['0911', '0912', '0913', '0914', '0915', '0916', '0917'], // health
  '092': ['0921', '0922', '0923'], // welfare
  '101': ['1011', '1012', '1013', '1014', '1015'], // personal services
  '102': ['1021', '1022'], // hygiene and occupational health services
  '103': ['1031', '1032'], // security services
  '104': ['1041'], // transport services
};

const KNOWN: ReadonlySet<string> = new Set([
  ...Object.values(DETAILED).flat(),
  ...Object.keys(DETAILED).flatMap((narrow) => [`${narrow}0`, `${narrow}9`]),
  ...[...new Set(Object.keys(DETAILED).map((narrow) => narrow.slice(0, 2)))].flatMap((broad) => [`${broad}00`, `${broad}88`]),
  '9999',
]);

/** Whether a four-digit code names a field of ISCED-F 2013 (see above). */
export const isIscedField = (code: string): boolean => KNOWN.has(code);
