/** Vietnamese text is stored and compared in NFC (composed) form. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

export function isNfc(text: string): boolean {
  return text === text.normalize('NFC');
}
