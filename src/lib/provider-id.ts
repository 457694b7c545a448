import { PROVIDER_ID } from '../schemas/provider.ts';

/** The id of a provider file: its name without extension, which must be ASCII kebab-case. */
export function providerIdFromPath(path: string): string {
  const fileName = path.split('/').at(-1) ?? path;
  const id = fileName.replace(/\.ya?ml$/, '');
  if (fileName.endsWith('.yml')) {
    throw new Error(`content/providers/${fileName}: 拡張子は .yaml にしてください`);
  }
  if (!PROVIDER_ID.test(id)) {
    throw new Error(
      `content/providers/${fileName}: ファイル名（= id・URL）は英小文字・数字・ハイフンだけの kebab-case にしてください（例: trend-micro.yaml）`,
    );
  }
  return id;
}
