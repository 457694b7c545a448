// CSV for spreadsheet users in Japan: UTF-8 with BOM and CRLF, so Excel opens it without garbling.

const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes every cell; a cell that a spreadsheet would run as a formula is prefixed with ' (CSV injection). */
export function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
