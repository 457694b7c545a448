import { describe, expect, test } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/csv.ts';
import { formatDateJa } from '../../src/lib/dates.ts';
import { jsonLdText } from '../../src/lib/json-ld.ts';

describe('CSV for Excel in Japan', () => {
  test('starts with a BOM and uses CRLF', () => {
    const csv = toCsv(['名称'], [['トレンドマイクロ']]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFF"名称"\r\n"トレンドマイクロ"\r\n');
  });
  test('quotes and doubles quotes; empty for undefined', () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(2)).toBe('"2"');
  });
  test.each(['=HYPERLINK("x")', '+1', '-1', '@SUM(A1)'])('neutralises a formula: %s', (value) => {
    expect(csvCell(value).startsWith(`"'`)).toBe(true);
  });
});

describe('Japanese dates', () => {
  test('a Date is shown as the day in Tokyo, not UTC', () => {
    expect(formatDateJa(new Date('2022-02-08T15:30:00Z'))).toBe('2022年2月9日');
    expect(formatDateJa(new Date('2022-02-09'))).toBe('2022年2月9日');
  });
  test('data-file dates, including month-only ones', () => {
    expect(formatDateJa('2024-05-01')).toBe('2024年5月1日');
    expect(formatDateJa('2016-09')).toBe('2016年9月');
  });
});

describe('JSON-LD text', () => {
  test('cannot close its script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});
