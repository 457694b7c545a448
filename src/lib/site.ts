// Site-wide constants used by layouts, feeds and structured data.
export const SITE_NAME = 'クラウドSTARナビ';
export const SITE_NAME_EN = 'Cloud STAR Navi (Japanese CAIQ directory)';
export const SITE_DESCRIPTION =
  'CSA STAR Registryに掲載されたクラウドサービスの一覧と、クラウドセキュリティを深く解説する日本語の記事。';
export const REPO_URL = 'https://github.com/caiq-ja/caiq-ja';
export const CONTRIBUTING_URL = `${REPO_URL}/blob/main/CONTRIBUTING.md`;
export const ADD_PROVIDER_ISSUE_URL = `${REPO_URL}/issues/new?template=add-provider.yml`;
