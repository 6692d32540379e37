import { startReviewServer } from '../../src/cli/reviewServer';
const dataDir = process.argv[2]!;
const port = Number(process.argv[3] ?? 4199);
startReviewServer({ dataDir, distDir: 'dist', port }).then(({ url }) => process.stdout.write(`${url}\n`));
