// CSV for the Node tools, by csv-parse (RFC 4180 quoting, BOM, CRLF).
import { parse } from 'csv-parse/sync';

/** All rows of a CSV text, header included. */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
}
