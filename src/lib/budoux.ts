// BudouX splits Japanese into phrases; headings wrap between phrases, never inside a word.
import { loadDefaultJapaneseParser } from 'budoux';

const parser = loadDefaultJapaneseParser();

export function phrasesOf(text: string): string[] {
  return parser.parse(text);
}
