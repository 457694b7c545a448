// Writes a provider as YAML whose comments are the schema's own descriptions, so a new file explains itself.
import { Document, isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { z } from 'astro/zod';
import { assessmentSchema, providerSchema, serviceSchema, sourceSchema } from '../schemas/provider.ts';

type Shape = Record<string, z.ZodType>;

// Which object schema describes the keys found under each list.
const ITEM_SHAPES: Record<string, Shape> = {
  services: serviceSchema.shape,
  assessments: assessmentSchema.shape,
  sources: sourceSchema.shape,
};

export function renderProviderYaml(provider: z.input<typeof providerSchema>, schemaPath?: string): string {
  const document = new Document(provider);
  if (isMap(document.contents)) annotate(document.contents, providerSchema.shape, false);
  const header = schemaPath ? `# yaml-language-server: $schema=${schemaPath}\n` : '';
  return header + document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Puts each key's description above it; a list item's first key gets it above the `-` so it stays readable. */
function annotate(map: YAMLMap, shape: Shape, isListItem: boolean): void {
  map.items.forEach((pair, index) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const comment = ` ${key}: ${shape[key]?.description ?? ''}`;
    if (isListItem && index === 0) map.commentBefore = comment;
    else if (isScalar(pair.key)) pair.key.commentBefore = comment;
    // Short closed lists read best inline, as in the hand-written files: `models: [SaaS]`.
    if (key === 'models' && isSeq(pair.value)) pair.value.flow = true;
    const itemShape = ITEM_SHAPES[key];
    if (itemShape && isSeq(pair.value)) {
      for (const item of pair.value.items as Node[]) if (isMap(item)) annotate(item, itemShape, true);
    }
  });
}
