// Rehype plugin: inserts <wbr> between BudouX phrases in headings, so they break only at phrase boundaries
// together with `word-break: keep-all` on headings (see global.css).
import { phrasesOf } from './budoux.ts';

interface HNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4']);

function addBreaks(node: HNode): void {
  if (!node.children) return;
  node.children = node.children.flatMap((child) => {
    if (child.type === 'text' && child.value) {
      const phrases = phrasesOf(child.value);
      return phrases.flatMap((phrase, index): HNode[] =>
        index === 0 ? [{ type: 'text', value: phrase }] : [{ type: 'element', tagName: 'wbr', properties: {}, children: [] }, { type: 'text', value: phrase }],
      );
    }
    addBreaks(child);
    return [child];
  });
}

export function rehypeBudouxHeadings() {
  return (tree: HNode) => {
    const walk = (node: HNode) => {
      if (node.type === 'element' && node.tagName && HEADINGS.has(node.tagName)) addBreaks(node);
      else node.children?.forEach(walk);
    };
    walk(tree);
  };
}
