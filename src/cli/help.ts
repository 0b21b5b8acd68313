// The text of `--help`, one per command. docs/command-line.md shows the same text; a test keeps
// them equal.

const COMMON = `Output:
  --format table|md|csv|json  table (aligned, for a terminal), md (Markdown), csv or json
                              (for programs: English keys, plain numbers). Default: table when
                              standard output is a terminal, else json; with --out, from the
                              file's extension (.csv, .md, .json), else json.
  --lang id|en                words and number format of table and md (default id: 98,46%)
  --out FILE                  write to FILE instead of standard output
  -h, --help                  this help`;

const INPUT = `Input:
  FILE is a CSV file (separated by ; or , as the header line shows; quotes, BOM, CRLF) or a
  JSON array of row objects; - reads standard input. Columns are found from their headers
  (kode, tanggal, penduduk, peserta, peserta aktif, nama, or regionCode, asOf, population,
  participants, activeParticipants, name); counts may be written 1.077.664.
  --columns F=H,...           name the header H of field F (regionCode, name, asOf,
                              population, participants, activeParticipants)
  --date-format yyyy-mm-dd|dd/mm/yyyy
                              how the date column is written (default yyyy-mm-dd)
  --activity-base population|participants
                              what the activity rate divides active participants by
                              (default population)
  --province NN               read region names within this province (a code such as 18)
  A CSV table with region names instead of codes, a month column ("Juli 2024"), non-active
  counts, a branch column ("Kantor Cabang") or printed coverage is read by the library's
  snapshotsFromRows, which looks names up in the region directory (an ambiguous or unknown
  name is a problem of its row, never a guess); a month counts as its last day.`;

const EXIT = `Exit status: 0 done; 1 some rows had problems (the good rows are still reported, every
problem is on standard error); 2 usage error or unreadable input (nothing reported).`;

export const MAIN_HELP: string = `uhc-metrics: JKN coverage metrics from files

Usage:
  uhc-metrics report FILE [options]   coverage, targets, awards and rank per region
  uhc-metrics rank FILE [options]     rank regions per date, or a podium with --top
  uhc-metrics check ARTICLE [options] the figures of a news article, checked against its counts
  uhc-metrics --version
  uhc-metrics COMMAND --help          the options of a command, with an example

${EXIT}
`;

export const REPORT_HELP: string = `uhc-metrics report: coverage, targets, awards and rank per region

Usage: uhc-metrics report FILE [options]

For every row (a region on a date): population, participants, active participants, coverage,
active coverage, activity rate with its base, status against the target, the gap in
percentage points, people short of it, the award tier, and the rank by coverage among the
rows of the same date. With --roll-up, the regions summed into their parents follow.

${INPUT}

Report:
  --target NAME|FILE          uhc-95 (default), rpjmn-2024, bpjs-2025, rpjmn-2029, or a JSON
                              file with a target definition
  --awards 2023|2024|2026     add the best UHC Awards tier met (none if none is); "*": the
                              tier has cut-offs never published, only the published ones were
                              checked; "(?)": a higher tier cannot be decided from the table
  --roll-up parent|regency|province|country|AREAS.json
                              add the rows summed per parent region and date; or per area
                              of a JSON file [{ "id", "name", "members": [codes or names] }]
                              (a BPJS branch office, a cluster), ranked among the areas
  --ties competition|dense|ordinal
                              how equal coverages share a rank (default competition: 1, 2, 2, 4)

${COMMON}

${EXIT}

Example:
  uhc-metrics report lampung.csv --target rpjmn-2024 --roll-up province --format table
`;

export const RANK_HELP: string = `uhc-metrics rank: rank regions per date

Usage: uhc-metrics rank FILE [options]

Ranks the rows of each date, best first; rows without the value come last (and have no place
on a podium).

${INPUT}

Rank:
  --by coverage|active-coverage|activity|participants|population
                              what to rank on, higher is better (default coverage)
  --ties competition|dense|ordinal
                              how equal values share a rank (default competition: 1, 2, 2, 4)
  --top N                     only places 1 to N, ties included (a podium)

${COMMON}

${EXIT}

Example:
  uhc-metrics rank lampung.csv --by coverage --top 3 --lang en
`;

export const CHECK_HELP: string = `uhc-metrics check: the figures of a news article, checked

Usage: uhc-metrics check ARTICLE [options]

Reads an article (a UTF-8 text file, or - for standard input), finds every number it prints,
what each stands for (coverage, participants, population, ...), for which region and date,
groups them into claims, and checks each printed figure against the counts beside it: consistent,
inconsistent (with a likely cause, such as a slipped digit) or unchecked (and why).

Output:
  --format table|md|csv|json  table: the report as text (on a terminal, by default); md and csv:
                              one row per figure; json: everything the check found (default
                              when standard output is not a terminal)
  --lang id|en                language of the report and of words in md (default id)
  --out FILE                  write to FILE instead of standard output
  -h, --help                  this help

Exit status: 0 done (whatever the verdicts); 2 usage error or unreadable file.

Example:
  uhc-metrics check seeds/000_ccb4cbd1960b7560.txt --lang en
`;
