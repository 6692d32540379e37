/** JSON Schemas for editors, generated from the zod schemas so the two never drift apart. */
import { z } from 'zod';
import { entitiesFileSchema, relationsFileSchema, sourceMetaSchema } from '../model/schema';
import { storySchema } from '../query/story';

export function jsonSchemaFiles(): Record<string, string> {
  const render = (schema: z.ZodType, title: string): string =>
    `${JSON.stringify({ title, ...z.toJSONSchema(schema, { io: 'input' }) }, null, 2)}\n`;
  return {
    'source.schema.json': render(sourceMetaSchema, 'Source article metadata'),
    'entities.schema.json': render(entitiesFileSchema, 'Entities of the knowledge graph'),
    'relations.schema.json': render(relationsFileSchema, 'Relations of the knowledge graph, each with evidence'),
    'story.schema.json': render(storySchema, 'A story: steps through the graph, each a view with a caption in Vietnamese and English'),
  };
}
