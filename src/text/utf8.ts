/**
 * Strict UTF-8 decoding that says where the first ill-formed character starts (its byte
 * offset: everything before it decodes); a BOM is kept, for the caller to judge.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badByte: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { badByte: firstIllFormed(bytes) };
  }
}

/**
 * The range of the byte after each lead byte, from the Unicode standard's table of well-formed
 * UTF-8 (Table 3-7): narrower than 80–BF after E0, ED, F0 and F4, which is what rules out
 * overlong forms, UTF-16 surrogates and code points past U+10FFFF. Later bytes are 80–BF.
 */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

function length(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function firstIllFormed(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    const need = length(lead);
    if (need === 0 || i + need > bytes.length) return i;
    const [low, high] = secondByteRange(lead);
    for (let k = 1; k < need; k++) {
      const byte = bytes[i + k] as number;
      if (k === 1 ? byte < low || byte > high : (byte & 0xc0) !== 0x80) return i;
    }
    i += need;
  }
  return bytes.length;
}

/**
 * UTF-16 text, as Windows Notepad saves "Unicode": a UTF-16 byte-order mark, or (without one)
 * a NUL byte beside nearly every Latin letter, in the same place of each pair of bytes.
 */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 1024);
  const nuls = [0, 0];
  sample.forEach((byte, i) => {
    if (byte === 0) nuls[i % 2]! += 1;
  });
  const pairs = sample.length / 2;
  return pairs >= 2 && Math.max(nuls[0]!, nuls[1]!) >= pairs * 0.4 && Math.min(nuls[0]!, nuls[1]!) <= pairs * 0.05;
}
