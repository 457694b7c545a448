// Japanese date formatting. Always in Asia/Tokyo: a build machine on UTC would otherwise print the day before.
const dayFormat = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/** 2022年2月9日 for a Date; for a data-file date, 2022年2月9日 or 2016年9月 when only the month is known. */
export function formatDateJa(value: Date | string): string {
  if (value instanceof Date) return dayFormat.format(value);
  const [year, month, day] = value.split('-').map(Number);
  if (day === undefined) return `${year}年${month}月`;
  return `${year}年${month}月${day}日`;
}

/** YYYY-MM-DD of a Date as seen in Tokyo, for <time datetime> and feeds. */
export function isoDayInTokyo(value: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(value);
  return parts;
}
