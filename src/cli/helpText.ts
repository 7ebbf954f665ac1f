/** The help of the command-line tool, one text per command. */

export const GLOBAL_HELP = `maison-drills — luxury digital e-commerce interview drills, without Excel

Usage:
  maison-drills workbook [--drill 1|2|3|kpi|log|all] [--seed N] [--mode blank|starter] --out FILE.xlsx [--force]
  maison-drills check [--json] FILE.xlsx
  maison-drills answer-key [--drill 1|2|3|kpi|log|all] [--seed N] --out FILE.xlsx [--force]
  maison-drills answer-key --for WORKBOOK.xlsx --out FILE.xlsx [--force]
  maison-drills <command> --help

Commands:
  workbook     write the drill workbook(s) for a seed; everything that computes is a native formula
  check        check a filled drill workbook and print the findings (exit 0 clean, 1 errors, 2 unusable)
  answer-key   write the coach's answer key for a drill and seed (or for a workbook's stamps),
               native formulas only

Seed 0 (or "canonical") is the drill of the seed documents; any other seed a consistent variant.
Each drill's Drill info stamp records its seed and generator version: a workbook of another version
gets a generator-version-mismatch warning from check, and answer-key --for refuses it.
`;

export const WORKBOOK_HELP = `Usage: maison-drills workbook [--drill 1|2|3|kpi|log|all] [--seed N] [--mode blank|starter] --out FILE.xlsx [--force]

Writes the drill workbook(s) for one seed into FILE.xlsx, with native formulas only, so the file
calculates in any spreadsheet program.

Options:
  --drill D    1, 2, 3, kpi, log or all (default: all)
  --seed N     0 or "canonical" for the seed documents' figures, any other whole number for a variant
               (default: 0)
  --mode M     blank (the candidate writes every formula) or starter (drill 3's model is wired to the
               assumption rows) (default: blank)
  --out FILE   the .xlsx file to write (required); an existing file is refused (exit 2), and a
               symbolic link always is
  --force      replace FILE if it exists (never through a symbolic link)
  -h, --help   this help
`;

export const CHECK_HELP = `Usage: maison-drills check [--json] FILE.xlsx

Checks a drill workbook that was opened and saved in a spreadsheet program (the check reads the
values saved with each formula) and prints the findings, grouped by severity, with their cells.

Options:
  --json       print an array of {code, severity, message, cells} instead
  -h, --help   this help

The file is read as untrusted: a damaged, truncated or oversized package (a zip bomb, parts over
the size limits, malformed XML, missing parts) is refused with its reason, never judged.

Exit status: 0 no error findings, 1 error findings, 2 the file cannot be read (damaged, incomplete or
over the reader's limits), is not a drill workbook, or its formulas carry no saved values.
`;

export const ANSWER_KEY_HELP = `Usage: maison-drills answer-key [--drill 1|2|3|kpi|log|all] [--seed N] --out FILE.xlsx [--force]
       maison-drills answer-key --for WORKBOOK.xlsx --out FILE.xlsx [--force]

Writes the coach's answer key for a drill and seed into FILE.xlsx, with native formulas only
(SUMPRODUCT and the like), so it calculates in any spreadsheet program.

Options:
  --drill D    1, 2, 3, kpi, log or all (default: all)
  --seed N     0 or "canonical", or the variant's seed (default: 0)
  --for WB     write the key for the drills a workbook holds, each with the seed its Drill info
               stamp records (not with --drill or --seed). WB is read as untrusted, as check reads
               it. Refused (exit 2, nothing written) when WB has no stamp, one drill is stamped
               with two seeds, or a stamp names another generator version than this tool writes:
               regenerate the workbook with this version, or use the release that wrote it
  --out FILE   the .xlsx file to write (required); an existing file is refused (exit 2), and a
               symbolic link always is
  --force      replace FILE if it exists (never through a symbolic link)
  -h, --help   this help
`;
