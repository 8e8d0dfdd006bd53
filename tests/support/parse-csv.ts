// Test helper: reads an export back with an independent parser (csv-parse, RFC 4180), so the
// round trip does not check our writer against our own reader.
import { parse } from 'csv-parse/sync';

export function parseCsv(text: string, delimiter = ','): string[][] {
  return parse(text, { bom: true, delimiter, relax_column_count: false }) as string[][];
}
