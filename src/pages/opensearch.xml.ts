// OpenSearch description, linked from BaseLayout's head, so browsers can add the site search to their address bar.
import type { APIContext } from 'astro';
import { SITE_DESCRIPTION, SITE_NAME } from '~/lib/site';

const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function GET(context: APIContext) {
  const origin = new URL('/', context.site);
  // {searchTerms} must stay literal: the browser fills it in, so it is appended after URL building.
  const template = `${new URL('/search/', origin).href}?q={searchTerms}`;
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(SITE_NAME)}</ShortName>
  <Description>${escapeXml(SITE_DESCRIPTION)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>ja</Language>
  <Image type="image/svg+xml">${escapeXml(new URL('/favicon.svg', origin).href)}</Image>
  <Url type="text/html" method="get" template="${escapeXml(template)}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(new URL('/opensearch.xml', origin).href)}"/>
  <moz:SearchForm>${escapeXml(new URL('/search/', origin).href)}</moz:SearchForm>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
}
