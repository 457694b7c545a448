/** JSON for a <script type="application/ld+json"> block: `<` is escaped so data can never close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
