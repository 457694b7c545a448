// Remark plugin: the first use of each glossary term in an article links to its /glossary/ entry.
import { loadGlossary } from './glossary.ts';
import { matchersFrom, splitForTerms } from './glossary-linker.ts';

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  title?: string | null;
  data?: Record<string, unknown>;
  children?: MdNode[];
}

// Text inside these is never linked: links cannot nest, headings stay plain, code is literal.
const SKIP = new Set(['link', 'linkReference', 'heading', 'inlineCode', 'code', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'table']);

export function remarkGlossaryLinks() {
  const matchers = matchersFrom(loadGlossary());
  return (tree: MdNode) => {
    const linked = new Set<string>();
    const walk = (node: MdNode) => {
      if (!node.children) return;
      const next: MdNode[] = [];
      for (const child of node.children) {
        if (child.type === 'text' && child.value) {
          for (const piece of splitForTerms(child.value, matchers, linked)) {
            next.push(
              piece.termId
                ? {
                    type: 'link',
                    url: `/glossary/#${piece.termId}`,
                    title: null,
                    data: { hProperties: { className: ['glossary-link'] } },
                    children: [{ type: 'text', value: piece.text }],
                  }
                : { type: 'text', value: piece.text },
            );
          }
        } else {
          if (!SKIP.has(child.type)) walk(child);
          next.push(child);
        }
      }
      node.children = next;
    };
    walk(tree);
  };
}
