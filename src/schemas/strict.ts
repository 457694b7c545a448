import { z } from 'astro/zod';

/** A strict object whose unknown-key error names the bad key and lists the allowed ones. */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        return `不明なキー ${issue.keys.join(', ')} があります（綴りを確認してください）。使えるキー: ${allowed}`;
      }
      if (issue.code === 'invalid_type') return `項目を持つオブジェクトで書いてください。使えるキー: ${allowed}`;
      return undefined;
    },
  });
}

/** A list that must hold at least one item, with a message that says so. */
export function nonEmptyList<T extends z.ZodType>(item: T, what: string) {
  return z
    .array(item, { error: `${what}をリスト（- で始まる行）で書いてください` })
    .min(1, { message: `${what}を1つ以上書いてください` });
}
