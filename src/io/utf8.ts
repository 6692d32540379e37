/** The file reader's strict UTF-8 decoding lives with the other text rules; kept here for its importers. */
export { decodeUtf8 } from '../text/utf8';
