// Finds Debian's Chromium (or CHROMIUM_PATH). Never downloads a browser: without one the run fails and says how to fix it.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} にブラウザがありません。`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'Chromium が見つかりません。ブラウザテストには Chromium が必要です: `sudo apt-get install -y chromium` でインストールするか、環境変数 CHROMIUM_PATH に Chrome/Chromium の実行ファイルを指定してください。',
    );
  }
  return found;
}
