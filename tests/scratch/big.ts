import { bigGraphDataCopy } from '../helpers/bigGraphData';
import { runKg } from '../helpers/cli';
import { FIXTURE_ARTICLE } from '../helpers/ingest';
const dir = bigGraphDataCopy(10000);
console.log(runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', dir).code, dir);
