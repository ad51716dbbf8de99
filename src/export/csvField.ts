// Spreadsheets run cells starting with these as formulas (tab and CR included, as OWASP advises).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when needed, with formula-looking text defused by a leading apostrophe. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record with the CRLF row end RFC 4180 asks for. */
export function csvRow(fields: Array<string | number | null>): string {
  return fields.map(csvField).join(',') + '\r\n';
}
