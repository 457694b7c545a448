// Remark plugin: the first use of each glossary term in an article links to its /glossary/ entry.
import type { Link, Nodes, Root, RootContent, Text } from 'mdast';
import { loadGlossary } from './glossary.ts';
import { matchersFrom, splitForTerms } from './glossary-linker.ts';

// Text inside these is never linked: links cannot nest, headings stay plain, code is literal, MDX is the author's.
const SKIP = new Set<string>([
  'link',
  'linkReference',
  'heading',
  'inlineCode',
  'code',
  'html',
  'table',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

function glossaryLink(text: string, termId: string): Link {
  return {
    type: 'link',
    url: `/glossary/#${termId}`,
    children: [{ type: 'text', value: text }],
    data: { hProperties: { className: ['glossary-link'] } },
  };
}

export function remarkGlossaryLinks() {
  const matchers = matchersFrom(loadGlossary());
  return (tree: Root) => {
    const linked = new Set<string>();
    const walk = (node: Nodes) => {
      if (!('children' in node)) return;
      const next: RootContent[] = [];
      for (const child of node.children as RootContent[]) {
        if (child.type === 'text') {
          for (const piece of splitForTerms(child.value, matchers, linked)) {
            next.push(
              piece.termId
                ? glossaryLink(piece.text, piece.termId)
                : ({ type: 'text', value: piece.text } satisfies Text),
            );
          }
        } else {
          if (!SKIP.has(child.type)) walk(child);
          next.push(child);
        }
      }
      (node as { children: RootContent[] }).children = next;
    };
    walk(tree);
  };
}
