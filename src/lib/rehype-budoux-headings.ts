// Rehype plugin: inserts <wbr> between BudouX phrases in headings, so that with `word-break: keep-all`
// (global.css) a heading wraps only between phrases, never inside a word.
import type { Element, ElementContent, Root } from 'hast';
import { phrasesOf } from './budoux.ts';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4']);

function withBreaks(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type === 'text') {
      return phrasesOf(child.value).flatMap((phrase, index): ElementContent[] =>
        index === 0
          ? [{ type: 'text', value: phrase }]
          : [
              { type: 'element', tagName: 'wbr', properties: {}, children: [] },
              { type: 'text', value: phrase },
            ],
      );
    }
    if (child.type === 'element') child.children = withBreaks(child.children);
    return [child];
  });
}

export function rehypeBudouxHeadings() {
  return (tree: Root) => {
    const walk = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (HEADINGS.has(child.tagName)) child.children = withBreaks(child.children);
        else walk(child);
      }
    };
    walk(tree);
  };
}
