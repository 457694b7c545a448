// Pure logic of the glossary links: find the first use of each term in a run of text.

export interface TermMatcher {
  id: string;
  /** Every written form that links to the entry, longest first. */
  forms: string[];
}

export interface TextPiece {
  text: string;
  /** Set when this piece is a term to link. */
  termId?: string;
}

const LATIN = /[A-Za-z0-9]/;

/** A Latin form must not sit inside a longer Latin word ("KMS" must not match in "AKMSX"). */
function standsAlone(text: string, start: number, form: string): boolean {
  if (!LATIN.test(form)) return true;
  const before = text[start - 1];
  const after = text[start + form.length];
  return (
    !(before && LATIN.test(before) && LATIN.test(form[0]!)) && !(after && LATIN.test(after) && LATIN.test(form.at(-1)!))
  );
}

/**
 * Splits `text` so that the first occurrence of each not-yet-linked term becomes its own piece.
 * `linked` is updated in place, so calling this over a document's text runs links each term once.
 */
export function splitForTerms(text: string, matchers: readonly TermMatcher[], linked: Set<string>): TextPiece[] {
  const pieces: TextPiece[] = [];
  let plain = '';
  let rest = text;
  for (;;) {
    // Linked terms still compete, so "CSA" is never linked inside an already linked "CSAジャパン".
    let best: { index: number; form: string; id: string } | undefined;
    for (const matcher of matchers) {
      for (const form of matcher.forms) {
        let index = rest.indexOf(form);
        while (index !== -1 && !standsAlone(rest, index, form)) index = rest.indexOf(form, index + 1);
        if (index === -1) continue;
        if (!best || index < best.index || (index === best.index && form.length > best.form.length)) {
          best = { index, form, id: matcher.id };
        }
      }
    }
    if (!best) break;
    const before = rest.slice(0, best.index);
    rest = rest.slice(best.index + best.form.length);
    if (linked.has(best.id)) {
      plain += before + best.form;
      continue;
    }
    if (plain + before) pieces.push({ text: plain + before });
    plain = '';
    pieces.push({ text: best.form, termId: best.id });
    linked.add(best.id);
  }
  if (plain + rest) pieces.push({ text: plain + rest });
  return pieces;
}

export function matchersFrom(entries: readonly { id: string; match: readonly string[] }[]): TermMatcher[] {
  return entries.map((entry) => ({ id: entry.id, forms: [...entry.match].sort((a, b) => b.length - a.length) }));
}
