// The search page: runs the query plan against Pagefind as the reader types, renders the results as text
// (only Pagefind's excerpt markup is parsed, and only <mark> survives), and mirrors query and filters in the URL.
import { mergeRanked, planQuery } from '../lib/search-query.ts';
import { SEARCH_FILTERS } from '../lib/search-filters.ts';
import {
  SEARCH_FACETS,
  SEARCH_FACET_OPTIONS,
  hasFilters,
  pagefindFilters,
  parseSearchState,
  serializeSearchState,
  type SearchFacet,
  type SearchState,
} from '../lib/search-state.ts';

// The subset of Pagefind's JS API this page uses.
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{
    url: string;
    excerpt: string;
    meta: Record<string, string>;
    filters: Record<string, string[]>;
  }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options: { filters?: object }) => Promise<PagefindResponse | null>;
}

// A variable, so Vite leaves the import alone: the file exists only after Pagefind writes dist/pagefind/.
const PAGEFIND_URL = '/pagefind/pagefind.js';
const DEBOUNCE_MS = 300;
const PAGE_SIZE = 10;
/** Fewer results than this and the plan's fallbacks are tried as well. */
const ENOUGH = 3;
const BASE_TITLE = document.title;

let pagefindLoad: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefindLoad ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (pagefind: Pagefind) => {
    await pagefind.init();
    // Searches report counts only for filters whose chunks are loaded; this loads them all (a few hundred bytes).
    await pagefind.filters();
    return pagefind;
  });
  return pagefindLoad;
}

interface Found {
  results: PagefindResult[];
  /** Results per filter value for the query without the reader's filters; the largest over all terms asked. */
  counts: Map<string, number>;
}

async function runPlan(pagefind: Pagefind, state: SearchState): Promise<Found> {
  const plan = planQuery(state.q);
  const options = { filters: pagefindFilters(state) };
  const counts = new Map<string, number>();
  const ask = async (term: string | null): Promise<PagefindResult[]> => {
    const response = await pagefind.search(term, options);
    for (const [filter, values] of Object.entries(response?.totalFilters ?? {})) {
      for (const [value, count] of Object.entries(values)) {
        const key = `${filter}:${value}`;
        counts.set(key, Math.max(counts.get(key) ?? 0, count));
      }
    }
    return response?.results ?? [];
  };
  if (plan.primary.length === 0) return { results: await ask(null), counts };

  const tiers: PagefindResult[][][] = [await Promise.all(plan.primary.map(ask))];
  for (const fallback of plan.fallbacks) {
    if (mergeRanked(tiers).length >= ENOUGH) break;
    tiers.push([await ask(fallback)]);
  }
  if (mergeRanked(tiers).length < ENOUGH && plan.parts.length > 0) tiers.push(await Promise.all(plan.parts.map(ask)));
  return { results: mergeRanked(tiers), counts };
}

/** Pagefind's excerpt is escaped page text with <mark> around matches; rebuild it keeping only text and <mark>. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html; // inert: nothing in a template runs or loads
  return [...template.content.childNodes].map((node) => {
    if (node instanceof Element && node.localName === 'mark') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

async function resultItem(result: PagefindResult): Promise<HTMLLIElement> {
  const data = await result.data();
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  heading.className = 'result-title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  const kind = document.createElement('span');
  kind.className = 'result-kind';
  kind.textContent = data.filters[SEARCH_FILTERS.kind]?.[0] ?? '';
  excerpt.append(kind, ...excerptNodes(data.excerpt));
  item.append(heading, excerpt);
  return item;
}

export function enhanceSearch(root: HTMLElement): void {
  const ui = root.querySelector<HTMLElement>('[data-search-ui]')!;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const checkboxes = [...root.querySelectorAll<HTMLInputElement>('.facets input[type=checkbox]')];
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const failure = root.querySelector<HTMLElement>('[data-error]')!;

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: PagefindResult[] = [];

  const stateFromForm = (): SearchState => {
    const filters = Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, [] as string[]])) as Record<
      SearchFacet,
      string[]
    >;
    for (const box of checkboxes) if (box.checked) filters[box.name as SearchFacet].push(box.value);
    return { q: input.value, filters };
  };

  const showState = (state: SearchState): void => {
    input.value = state.q;
    for (const box of checkboxes) box.checked = state.filters[box.name as SearchFacet].includes(box.value);
  };

  const setStatus = (text: string): void => {
    if (status.textContent !== text) status.textContent = text;
  };

  const showCounts = (counts: Map<string, number> | undefined): void => {
    for (const facet of SEARCH_FACETS) {
      const { filter, options } = SEARCH_FACET_OPTIONS[facet];
      for (const option of options) {
        const label = root.querySelector(`[data-count-for="${facet}:${option.id}"]`);
        if (label) label.textContent = counts ? `（${counts.get(`${filter}:${option.label}`) ?? 0}）` : '';
      }
    }
  };

  const showMore = async (token: number): Promise<void> => {
    const items = await Promise.all(pending.slice(0, PAGE_SIZE).map(resultItem));
    if (token !== latest) return;
    pending = pending.slice(PAGE_SIZE);
    list.append(...items);
    more.hidden = pending.length === 0;
  };

  const search = async (state: SearchState): Promise<void> => {
    const token = ++latest;
    const query = state.q.trim();
    document.title = query ? `「${query}」の検索結果 | ${BASE_TITLE}` : BASE_TITLE;
    if (!query && !hasFilters(state)) {
      list.replaceChildren();
      pending = [];
      more.hidden = true;
      empty.hidden = true;
      showCounts(undefined);
      setStatus('');
      return;
    }
    try {
      const found = await runPlan(await loadPagefind(), state);
      if (token !== latest) return;
      failure.hidden = true;
      list.replaceChildren();
      pending = found.results;
      await showMore(token);
      if (token !== latest) return;
      showCounts(found.counts);
      const subject = query ? `「${query}」` : '絞り込み条件';
      empty.hidden = found.results.length > 0;
      setStatus(
        found.results.length > 0
          ? `${subject}の検索結果：${found.results.length}件`
          : `${subject}に一致するページは見つかりませんでした。`,
      );
    } catch (error) {
      if (token !== latest) return;
      console.warn('検索の読み込みに失敗しました', error);
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      failure.hidden = false;
      setStatus('検索を読み込めませんでした。');
    }
  };

  const urlFor = (state: SearchState): string => `${location.pathname}${serializeSearchState(state)}`;
  const isCurrentUrl = (url: string): boolean => url === `${location.pathname}${location.search}`;

  // Typing replaces the history entry (no entry per keystroke); a filter change adds one, so Back undoes it.
  input.addEventListener('input', () => {
    const state = stateFromForm();
    const url = urlFor(state);
    if (!isCurrentUrl(url)) history.replaceState(null, '', url);
    clearTimeout(timer);
    timer = setTimeout(() => void search(state), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search(stateFromForm());
  });
  for (const box of checkboxes) {
    box.addEventListener('change', () => {
      const state = stateFromForm();
      const url = urlFor(state);
      if (!isCurrentUrl(url)) history.pushState(null, '', url);
      clearTimeout(timer);
      void search(state);
    });
  }
  more.addEventListener('click', () => {
    const first = list.children.length;
    void showMore(latest).then(() => list.children[first]?.querySelector('a')?.focus());
  });
  window.addEventListener('popstate', () => {
    const state = parseSearchState(new URLSearchParams(location.search));
    showState(state);
    void search(state);
  });

  ui.hidden = false;
  const start = parseSearchState(new URLSearchParams(location.search));
  showState(start);
  if (start.q.trim() || hasFilters(start)) void search(start);
  else input.focus();
}
