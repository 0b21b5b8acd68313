// Other names people write for a region, beside its official name. Each is checked by a test
// (test/regions/region-aliases.test.ts) to point at a region that exists and to collide with
// no other province or regency name except where the collision is real.

/**
 * Other names of a province, by code: "DKI Jakarta", "DIY", the common short forms of news and
 * BPJS reports ("Jabar", "Sumut"). These are also written forms in `regionNameIndex`.
 */
export const PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '11': ['NAD', 'Nanggroe Aceh Darussalam'],
  '12': ['Sumut'],
  '13': ['Sumbar'],
  '16': ['Sumsel'],
  '19': ['Bangka Belitung', 'Babel'],
  '21': ['Kepri'],
  '31': ['DKI Jakarta', 'Jakarta', 'Daerah Khusus Jakarta'],
  '32': ['Jabar'],
  '33': ['Jateng'],
  '34': ['DI Yogyakarta', 'DIY', 'Yogyakarta'],
  '35': ['Jatim'],
  '52': ['NTB'],
  '53': ['NTT'],
  '61': ['Kalbar'],
  '62': ['Kalteng'],
  '63': ['Kalsel'],
  '64': ['Kaltim'],
  '65': ['Kaltara'],
  '71': ['Sulut'],
  '72': ['Sulteng'],
  '73': ['Sulsel'],
  '74': ['Sultra'],
  '76': ['Sulbar'],
  '82': ['Malut'],
};

/**
 * Short names and former names of regencies and cities, by code, as news and BPJS reports
 * write them ("Pangkep", "Kukar", "Jaksel"; "Toba Samosir" until 2020, "Selayar" until 2008).
 * Lookup only: they are not written forms in `regionNameIndex`, because short words such as
 * "TTS" or "Palas" would be found in ordinary prose.
 */
export const REGENCY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '12.01': ['Tapteng'],
  '12.02': ['Taput'],
  '12.03': ['Tapsel'],
  '12.12': ['Toba Samosir', 'Tobasa'],
  '12.13': ['Madina'],
  '12.16': ['Humbahas'],
  '12.18': ['Sergai'],
  '12.20': ['Paluta'],
  '12.21': ['Palas'],
  '12.22': ['Labusel'],
  '12.23': ['Labura'],
  '14.02': ['Inhu'],
  '14.04': ['Inhil'],
  '14.08': ['Siak Sri Indrapura'],
  '15.06': ['Tanjabbar'],
  '15.07': ['Tanjabtim'],
  '16.01': ['OKU'],
  '16.02': ['OKI'],
  '16.05': ['Mura'],
  '16.06': ['Muba'],
  '16.08': ['OKU Timur'],
  '16.09': ['OKU Selatan'],
  '16.12': ['PALI'],
  '16.13': ['Muratara'],
  '18.01': ['Lamsel'],
  '18.02': ['Lamteng'],
  '18.03': ['Lampura'],
  '18.04': ['Lambar'],
  '18.07': ['Lamtim'],
  '18.12': ['Tubaba'],
  '31.71': ['Jakpus'],
  '31.72': ['Jakut'],
  '31.73': ['Jakbar'],
  '31.74': ['Jaksel'],
  '31.75': ['Jaktim'],
  '53.02': ['TTS'],
  '53.03': ['TTU'],
  '53.18': ['SBD'],
  '62.01': ['Kobar'],
  '62.02': ['Kotim'],
  '63.06': ['HSS'],
  '63.07': ['HST'],
  '63.08': ['HSU'],
  '64.02': ['Kukar'],
  '64.07': ['Kubar'],
  '64.08': ['Kutim'],
  '71.01': ['Bolmong'],
  '71.08': ['Bolmut'],
  '71.09': ['Sitaro'],
  '71.10': ['Boltim'],
  '71.11': ['Bolsel'],
  '73.01': ['Selayar'],
  '73.10': ['Pangkep'],
  '73.14': ['Sidrap'],
  '82.01': ['Halbar'],
  '82.02': ['Halteng'],
  '82.03': ['Halut'],
  '82.04': ['Halsel'],
  '82.06': ['Haltim'],
};

/** Abbreviated words read as the word they stand for, after the qualifier: "Kab. Kep. Seribu". */
export const ABBREVIATED_WORDS: ReadonlyMap<string, string> = new Map([
  ['kep', 'kepulauan'],
  ['kepl', 'kepulauan'],
]);
