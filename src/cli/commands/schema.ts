import { join } from 'node:path';
import { parseCommand } from '../args';
import { DATA_OPTION, type Command } from '../io';
import { writeFiles } from '../writeFiles';
import { jsonSchemaFiles } from '../schemaFiles';

export const schema: Command = {
  usage: `  schema                   regenerate the JSON Schemas in graph-data/schema/`,
  run(args, io) {
    const { values } = parseCommand(args, DATA_OPTION);
    writeFiles(Object.entries(jsonSchemaFiles()).map(([name, content]) => ({ path: join(values.data, 'schema', name), content })));
    io.out(`wrote the JSON Schemas to ${join(values.data, 'schema')}`);
    return 0;
  },
};
