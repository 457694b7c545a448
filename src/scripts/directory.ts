// Enhances the server-rendered directory: filters and sort apply instantly, mirror into the URL,
// and Back/Forward restore them. Without this script every provider is still listed.
import type { ProviderFacets } from '../lib/directory.ts';
import {
  FACETS,
  emptyFilters,
  filtersFrom,
  matches,
  optionCounts,
  parseState,
  serializeState,
  type DirectoryState,
  type Facet,
} from '../lib/directory-filter.ts';

interface Card {
  element: HTMLElement;
  facets: ProviderFacets;
  newest: string;
}

const LIST_PATH = '/providers/';
/**
 * Cards shown at once after a change; "さらに表示" adds as many again. Laying out thousands of cards costs
 * seconds, a page of them stays within a frame. Without JavaScript every card is listed.
 */
export const PAGE_SIZE = 60;

/** Newest date first; undated cards last, keeping their 五十音 order (Array#sort is stable). */
function newestFirst(a: Card, b: Card): number {
  if (a.newest === b.newest) return 0;
  if (a.newest === '') return 1;
  if (b.newest === '') return -1;
  return a.newest < b.newest ? 1 : -1;
}

export function enhanceDirectory(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form.filters')!;
  const list = root.querySelector<HTMLElement>('[data-cards]')!;
  const resultCount = root.querySelector<HTMLElement>('[data-result-count]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const allowed = JSON.parse(form.dataset.allowed!) as Record<Facet, string[]>;
  const initial = JSON.parse(form.dataset.initial!) as Partial<Record<Facet, string[]>>;
  const cards: Card[] = [...list.children].map((element) => {
    const card = element as HTMLElement;
    return {
      element: card,
      facets: JSON.parse(card.dataset.facets!) as ProviderFacets,
      newest: card.dataset.newest ?? '',
    };
  });
  const allFacets = cards.map((card) => card.facets);
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const sortSelect = form.elements.namedItem('sort') as HTMLSelectElement;
  const countLabels = new Map(
    [...form.querySelectorAll<HTMLElement>('[data-count-for]')].map((label) => [label.dataset.countFor!, label]),
  );

  const stateFromUrl = (): DirectoryState => {
    const params = new URLSearchParams(location.search);
    if ([...params.keys()].length > 0 || location.pathname === LIST_PATH) return parseState(params, allowed);
    // A pre-rendered view such as /providers/level/2/ starts from its own filter.
    return { filters: filtersFrom(initial), sort: 'reading' };
  };

  const stateFromForm = (): DirectoryState => {
    const filters = emptyFilters();
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      filters[input.name as Facet].add(input.value);
    }
    return { filters, sort: sortSelect.value === 'newest' ? 'newest' : 'reading' };
  };

  // The server renders cards in 五十音 order; they are moved only when the sort order changes.
  let currentSort: DirectoryState['sort'] = 'reading';
  let ordered = cards;
  let limit = PAGE_SIZE;
  let current: DirectoryState = { filters: emptyFilters(), sort: 'reading' };

  const render = (state: DirectoryState, keepLimit = false): void => {
    // Visible in DevTools' performance panel and read by `npm run bench`.
    const started = performance.now();
    current = state;
    if (!keepLimit) limit = PAGE_SIZE;
    for (const input of checkboxes) {
      const checked = state.filters[input.name as Facet].has(input.value);
      if (input.checked !== checked) input.checked = checked;
    }
    sortSelect.value = state.sort;

    if (state.sort !== currentSort) {
      ordered = state.sort === 'newest' ? [...cards].sort(newestFirst) : cards;
      list.append(...ordered.map((card) => card.element));
      currentSort = state.sort;
    }
    let matched = 0;
    for (const card of ordered) {
      const isMatch = matches(card.facets, state.filters);
      const visible = isMatch && matched < limit;
      if (isMatch) matched += 1;
      // Touch only what changes: with thousands of cards every write costs a style recalculation.
      if (card.element.hidden === visible) card.element.hidden = !visible;
    }
    const shown = Math.min(matched, limit);
    more.hidden = matched <= limit;
    more.textContent = `さらに${Math.min(PAGE_SIZE, matched - limit)}社を表示`;

    const counts = optionCounts(allFacets, state.filters, allowed);
    for (const facet of FACETS) {
      for (const [value, count] of counts[facet]) {
        const label = countLabels.get(`${facet}:${value}`);
        const text = `（${count}）`;
        if (label && label.textContent !== text) label.textContent = text;
      }
    }
    const text = `${cards.length}社中 ${matched}社が該当${shown < matched ? `（${shown}社を表示中）` : ''}`;
    if (resultCount.textContent !== text) resultCount.textContent = text;
    empty.hidden = matched > 0;
    performance.measure('directory:render', { start: started });
  };

  const urlFor = (state: DirectoryState): string => {
    const query = serializeState(state, allowed).toString();
    return `${LIST_PATH}${query ? `?${query}` : ''}`;
  };

  // history.pushState can block for tens of milliseconds on a large page, so the view is painted first
  // and the history entry recorded just after that frame; changes within one frame share one entry.
  let pendingUrl: string | undefined;
  const recordHistory = (): void => {
    const url = pendingUrl;
    pendingUrl = undefined;
    if (url !== undefined && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  };
  const commit = (state: DirectoryState): void => {
    render(state);
    if (pendingUrl === undefined) requestAnimationFrame(() => setTimeout(recordHistory, 0));
    pendingUrl = urlFor(state);
  };

  form.addEventListener('change', () => commit(stateFromForm()));
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    commit({ filters: emptyFilters(), sort: 'reading' });
  });
  root.querySelector('[data-reset-link]')?.addEventListener('click', (event) => {
    event.preventDefault();
    commit({ filters: emptyFilters(), sort: 'reading' });
    form.querySelector('input')?.focus();
  });
  window.addEventListener('popstate', () => {
    pendingUrl = undefined;
    render(stateFromUrl());
  });
  more.addEventListener('click', () => {
    const firstNew = ordered.filter((card) => card.element.hidden === false).length;
    limit += PAGE_SIZE;
    render(current, true);
    // Keyboard users continue from the first card that was added, not from the top.
    ordered
      .filter((card) => !card.element.hidden)
      [firstNew]?.element.querySelector('a')
      ?.focus();
  });

  form.hidden = false;
  // Always render once: it applies the URL's state and the page size to the server-rendered list.
  render(stateFromUrl());
}
