import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { isIsoPartialDate } from '../../model/dates';
import { ID_PATTERN } from '../../model/ids';
import type { SourceMeta } from '../../model/schema';
import { validateDataset, type RawDataset } from '../../model/validate';
import { decodeUtf8, looksLikeUtf16 } from '../../text/utf8';
import { hasVisibleText } from '../../text/visible';
import { evaluateArticle } from '../../ingest/evaluate';
import { buildKnowledge, propose } from '../../ingest/propose';
import { carryOver, type ReviewFile } from '../../ingest/review';
import { RULES_VERSION } from '../../ingest/relationRules';
import { normalizeArticle, toNfc } from '../../text/normalize';
import { parseWithPositionals, UsageError } from '../args';
import { DataError, hashText, loadDataset, loadDatasetFiles, readReview, reviewPath, sourceMetaPath, sourceTextPath, writeJson } from '../corpusFiles';
import { DATA_OPTION, writeFile, type Command, type Io } from '../io';
import { formatEvaluation } from '../formatEvaluation';

/**
 * The largest article ingest takes: far above any news article (the corpus's are 3–4 kB), and
 * small enough that proposing for it stays a matter of seconds.
 */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'the name is too long',
  ENOTDIR: 'a part of its folder path is a file, not a folder',
  ELOOP: 'too many symbolic links',
};

function cannotRead(path: string, error: unknown): DataError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new DataError([`${path}: ${Object.hasOwn(READ_ERRORS, code) ? READ_ERRORS[code] : ((error as Error).message.split('\n')[0] ?? code)}`]);
}

/**
 * The file's bytes, if it is a regular file of at most MAX_ARTICLE_BYTES. Opened without
 * blocking (a named pipe would wait for a writer) and checked before reading (a device such as
 * /dev/zero never ends); no more than one byte past the limit is read.
 */
function readArticleBytes(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw cannotRead(path, error);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new DataError([`${path}: is a folder, not a text file`]);
    if (!stats.isFile()) throw new DataError([`${path}: not a regular file (a pipe, a device or a socket): save the article as a file and ingest that`]);
    const buffer = Buffer.alloc(MAX_ARTICLE_BYTES + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_ARTICLE_BYTES) {
      throw new DataError([`${path}: the article is larger than 1 MB (${MAX_ARTICLE_BYTES.toLocaleString('en')} bytes): split it into several articles`]);
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw error instanceof DataError ? error : cannotRead(path, error);
  } finally {
    closeSync(fd);
  }
}

/** The article as the corpus will keep it, or a message saying what is wrong with the file. */
function readArticle(path: string): string {
  const bytes = readArticleBytes(path);
  if (looksLikeUtf16(bytes)) throw new DataError([`${path}: this looks like UTF-16 text, not UTF-8: save it as UTF-8 and try again`]);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new DataError([`${path}: the byte at offset ${nul} is NUL (U+0000): this is a binary file, not an article`]);
  const decoded = decodeUtf8(bytes);
  if ('badByte' in decoded) {
    throw new DataError([`${path}: not UTF-8 text: the byte at offset ${decoded.badByte} does not begin a UTF-8 character (save the file as UTF-8 and try again)`]);
  }
  const text = normalizeArticle(decoded.text);
  if (!hasVisibleText(text)) {
    throw new DataError([`${path}: the file is empty, or holds only spaces and invisible characters (zero-width spaces, byte-order marks, control characters): there is no article to read`]);
  }
  return text;
}

/** A title or name typed on the command line, as the corpus keeps text: composed (NFC), without surrounding spaces. */
const typed = (value: string) => toNfc(value).trim();

/** Where the value at a path of the article's metadata came from, for the message. */
function flagOf(path: string, titleGiven: boolean): string {
  if (path === 'title.vi') return titleGiven ? '--title-vi' : "the article's first line (the Vietnamese title unless --title-vi is given)";
  if (path === 'title.en') return '--title-en';
  if (path.startsWith('publisher')) return '--publisher';
  return `--${path || 'id'}`;
}

/**
 * The new article's metadata and text, checked by the validator the data itself answers to,
 * beside the corpus they join: what it would refuse is a usage error now, before anything is written.
 */
function checkNewSource(raw: RawDataset, dataDir: string, meta: SourceMeta, text: string, titleGiven: boolean): void {
  const metaPath = sourceMetaPath(dataDir, meta.id);
  const textPath = sourceTextPath(dataDir, meta.id);
  const source = { meta: { path: metaPath, content: JSON.stringify(meta) }, text: { path: textPath, content: text } };
  const { errors } = validateDataset({ ...raw, sources: [...raw.sources, source] });
  const lines = errors.filter((e) => e.file === metaPath || e.file === textPath).map((e) => `${e.file === textPath ? textPath : flagOf(e.path, titleGiven)}: ${e.message}`);
  if (lines.length > 0) throw new UsageError([...new Set(lines)].join('\n'));
}

function runEval(dataDir: string, io: Io): number {
  const dataset = loadDataset(dataDir);
  io.out(formatEvaluation(dataset.sources.map((s) => evaluateArticle(dataset, s.id))));
  return 0;
}

export const ingest: Command = {
  usage: `  ingest FILE --id ID --title-en TITLE [--title-vi TITLE] [--date DATE] [--publisher NAME]
                           store an article (UTF-8; BOM, CRLF and NFD accepted) under
                           graph-data/sources/ and write its proposals to graph-data/review/ID.json;
                           --dry-run writes nothing (--json prints the proposals as JSON);
                           --eval measures the proposals on the curated articles, leaving each out`,
  run(args, io) {
    const { values, positionals } = parseWithPositionals(
      args,
      {
        ...DATA_OPTION,
        id: { type: 'string' },
        'title-vi': { type: 'string' },
        'title-en': { type: 'string' },
        date: { type: 'string' },
        publisher: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        eval: { type: 'boolean', default: false },
      },
      ['FILE'],
    );
    try {
      if (values.eval) return runEval(values.data, io);
      const [file] = positionals;
      if (!file) throw new UsageError('ingest needs the article file: kg ingest FILE --id ID');
      if (!values.id) throw new UsageError('--id ID is required (lower-case ASCII words joined by hyphens, e.g. "jp-vn-defence-2025")');
      if (!ID_PATTERN.test(values.id)) throw new UsageError(`--id must be lower-case ASCII words joined by hyphens (got "${values.id}")`);
      if (values.date !== undefined && !isIsoPartialDate(values.date)) throw new UsageError(`--date must be YYYY, YYYY-MM or YYYY-MM-DD (got "${values.date}")`);
      if (values.json && !values['dry-run']) throw new UsageError('--json prints the proposals instead of writing them: use it with --dry-run');
      const id = values.id;
      const text = readArticle(file);
      const hash = hashText(text);
      const { dataset, raw } = loadDatasetFiles(values.data);
      const previous = readReview(values.data, id);
      const same = dataset.sources.find((s) => hashText(s.text) === hash);
      const again = same?.id === id && previous?.textHash === hash;
      if (same && !again) throw new DataError([`${file}: this text is already in the corpus as "${same.id}" (${sourceTextPath(values.data, same.id)})`]);
      if (!again && dataset.sources.some((s) => s.id === id)) throw new DataError([`--id "${id}" is already used by ${sourceMetaPath(values.data, id)}: choose another id`]);
      if (!again && !values['dry-run'] && values['title-en'] === undefined) {
        throw new UsageError('--title-en TITLE is required: the explorer shows the English title in its English interface');
      }
      const firstLine = text.split('\n').find(hasVisibleText)?.trim() ?? id;
      const meta: SourceMeta = {
        $schema: '../schema/source.schema.json',
        id,
        title: { vi: typed(values['title-vi'] ?? Array.from(firstLine).slice(0, 200).join('')), en: typed(values['title-en'] ?? '') },
        language: 'vi',
        ...(values.date !== undefined ? { date: values.date } : {}),
        ...(values.publisher !== undefined ? { publisher: { vi: typed(values.publisher), en: typed(values.publisher) } } : {}),
        textHash: hash,
      };
      if (!again && !values['dry-run']) checkNewSource(raw, values.data, meta, text, values['title-vi'] !== undefined);

      const knowledge = buildKnowledge(dataset.entities, dataset.relations);
      const proposals = propose(text, knowledge);
      if (values['dry-run']) {
        const { text: _text, ...rest } = proposals;
        if (values.json) io.out(JSON.stringify({ source: id, textHash: hash, rulesVersion: RULES_VERSION, ...rest }, null, 2));
        else io.out(`${id}: ${proposals.mentions.length} mentions, ${proposals.candidates.length} new entity candidates, ${proposals.relations.length} relations proposed (nothing written)`);
        return 0;
      }
      const { text: _text, sentences: _sentences, ...kept } = proposals;
      const review = carryOver(
        { source: id, textHash: hash, rulesVersion: RULES_VERSION, proposedAt: new Date().toISOString(), proposals: kept, decisions: [] },
        previous,
      );
      if (!again) {
        writeFile(sourceTextPath(values.data, id), text);
        writeJson(sourceMetaPath(values.data, id), meta);
      }
      writeJson(reviewPath(values.data, id), review satisfies ReviewFile);
      io.out(`${again ? 'proposed again for' : 'stored'} ${sourceTextPath(values.data, id)}; wrote ${reviewPath(values.data, id)}`);
      io.out(
        `${review.proposals.mentions.length} mentions, ${review.proposals.candidates.length} new entity candidates, ${review.proposals.relations.length} relations to review` +
          (again ? ` (${review.decisions.length} decisions kept)` : ''),
      );
      io.out(`next: npm run review (in the browser), or npm run kg -- review ${id}`);
      return 0;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      error.lines.forEach((line) => io.err(line));
      return 1;
    }
  },
};
