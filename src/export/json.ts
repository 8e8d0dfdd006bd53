// The lossless export: every complaint record as stored, with a format name and schema version
// so an import can tell a Simak file (and which version) from anything else.
export const EXPORT_FORMAT = 'simak-export';
export const EXPORT_SCHEMA_VERSION = 1;

/** The opening of the file; complaints follow as a JSON array, written chunk by chunk. */
export function jsonHead(exportedAt: number): string {
  return `{"format":${JSON.stringify(EXPORT_FORMAT)},"schemaVersion":${EXPORT_SCHEMA_VERSION},"exportedAt":${JSON.stringify(new Date(exportedAt).toISOString())},"complaints":[\n`;
}

export const JSON_TAIL = '\n]}\n';
