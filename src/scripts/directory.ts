// Enhances the server-rendered directory: filters and sort apply instantly, mirror into the URL,
// and Back/Forward restore them. Without this script every provider is still listed.
import type { ProviderFacets } from '../lib/directory.ts';
import {
  FACETS,
  emptyFilters,
  isEmpty,
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
  const allowed = JSON.parse(form.dataset.allowed!) as Record<Facet, string[]>;
  const initial = JSON.parse(form.dataset.initial!) as Partial<Record<Facet, string[]>>;
  const cards: Card[] = [...list.children].map((element) => {
    const card = element as HTMLElement;
    return { element: card, facets: JSON.parse(card.dataset.facets!) as ProviderFacets, newest: card.dataset.newest ?? '' };
  });
  const sortSelect = form.elements.namedItem('sort') as HTMLSelectElement;
  const countLabels = new Map(
    [...form.querySelectorAll<HTMLElement>('[data-count-for]')].map((label) => [label.dataset.countFor!, label]),
  );

  const stateFromUrl = (): DirectoryState => {
    const params = new URLSearchParams(location.search);
    if ([...params.keys()].length > 0 || location.pathname === LIST_PATH) return parseState(params, allowed);
    // A pre-rendered view such as /providers/level/2/ starts from its own filter.
    const filters = emptyFilters();
    for (const facet of FACETS) for (const value of initial[facet] ?? []) filters[facet].add(value);
    return { filters, sort: 'reading' };
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

  const render = (state: DirectoryState): void => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      input.checked = state.filters[input.name as Facet].has(input.value);
    }
    sortSelect.value = state.sort;

    let shown = 0;
    for (const card of cards) {
      const visible = matches(card.facets, state.filters);
      // Touch only what changes: with thousands of cards every write costs a style recalculation.
      if (card.element.hidden === visible) card.element.hidden = !visible;
      if (visible) shown += 1;
    }
    if (state.sort !== currentSort) {
      const ordered = state.sort === 'newest' ? [...cards].sort(newestFirst) : cards;
      list.append(...ordered.map((card) => card.element));
      currentSort = state.sort;
    }

    const counts = optionCounts(
      cards.map((card) => card.facets),
      state.filters,
      allowed,
    );
    for (const facet of FACETS) {
      for (const [value, count] of counts[facet]) {
        const label = countLabels.get(`${facet}:${value}`);
        if (label) label.textContent = `（${count}）`;
      }
    }
    const text = `${cards.length}社中 ${shown}社を表示`;
    if (resultCount.textContent !== text) resultCount.textContent = text;
    empty.hidden = shown > 0;
  };

  const urlFor = (state: DirectoryState): string => {
    const query = serializeState(state, allowed).toString();
    return `${LIST_PATH}${query ? `?${query}` : ''}`;
  };

  const commit = (state: DirectoryState): void => {
    render(state);
    const url = urlFor(state);
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
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
  window.addEventListener('popstate', () => render(stateFromUrl()));

  form.hidden = false;
  const start = stateFromUrl();
  if (!isEmpty(start.filters) || start.sort !== 'reading' || location.search !== '') render(start);
}
