/**
 * A story carried whole in a link (`story-data=…`): its JSON, deflated (fflate) and written in
 * base64url, so a story made in the explorer is shared without a server. Read back through the
 * story schema: a damaged or hand-edited link is refused, not half-read.
 */
import { storySchema, type Story } from '../../query/story';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export async function encodeStory(story: Story): Promise<string> {
  const { deflateSync, strToU8 } = await import('fflate');
  return toBase64Url(deflateSync(strToU8(JSON.stringify(story)), { level: 9 }));
}

/** The story in a link, or null when the link does not hold one. */
export async function decodeStory(data: string): Promise<Story | null> {
  const { inflateSync, strFromU8 } = await import('fflate');
  try {
    const parsed = storySchema.safeParse(JSON.parse(strFromU8(inflateSync(fromBase64Url(data)))));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
