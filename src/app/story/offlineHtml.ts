/**
 * A story as one HTML file that opens anywhere without a network: each step's picture (a PNG
 * in each language, inline), its caption and its quotes, with buttons and keys to move through
 * the steps and a language switch. Its Content-Security-Policy allows nothing from outside the
 * file. `#step=3&lang=vi` opens it at a step. Words come as data and are set as text, never as
 * markup.
 */
import type { Bilingual } from '../../model/vocabulary';
import type { EvidenceBlock } from './stepEvidence';

type Lang = 'vi' | 'en';
type PerLang<T> = Record<Lang, T>;

export type OfflineStep = {
  caption: Bilingual;
  image: PerLang<string>;
  evidence: PerLang<EvidenceBlock[]>;
  notices: PerLang<string[]>;
};

export type OfflineStory = {
  title: Bilingual;
  lang: Lang;
  /** The interface's words in each language: step counter, buttons, notes. */
  ui: PerLang<{ stepOf: string; previous: string; next: string; noCaption: string; noticeTitle: string; keys: string; note: string; language: string }>;
  steps: OfflineStep[];
};

/** Runs in the exported file: no imports, no closure, only the page's own data. */
function viewer(): void {
  const story = JSON.parse(document.getElementById('story-data')?.textContent ?? '{}') as OfflineStory;
  const hash = new URLSearchParams(location.hash.slice(1));
  const wanted = hash.get('lang');
  let lang: Lang = wanted === 'vi' || wanted === 'en' ? wanted : navigator.language.toLowerCase().startsWith('vi') ? 'vi' : story.lang;
  let step = Math.min(Math.max(0, Number(hash.get('step') ?? 1) - 1 || 0), story.steps.length - 1);
  const $ = (id: string) => document.getElementById(id) as HTMLElement;
  const make = (tag: string, text: string, className?: string) => {
    const element = document.createElement(tag);
    element.textContent = text;
    if (className) element.className = className;
    return element;
  };
  const render = () => {
    const current = story.steps[step] as OfflineStep;
    const ui = story.ui[lang];
    const other: Lang = lang === 'vi' ? 'en' : 'vi';
    document.documentElement.lang = lang;
    document.title = story.title[lang] || story.title[other];
    $('title').textContent = story.title[lang] || story.title[other];
    const image = $('image') as HTMLImageElement;
    image.src = current.image[lang];
    image.alt = current.caption[lang] || current.caption[other];
    $('counter').textContent = ui.stepOf.replace('{i}', String(step + 1)).replace('{n}', String(story.steps.length));
    const captionLang = current.caption[lang].trim() ? lang : other;
    $('missing').textContent = captionLang === lang ? '' : ui.noCaption;
    $('caption').textContent = current.caption[captionLang];
    $('caption').lang = captionLang;
    const notices = $('notices');
    notices.replaceChildren();
    if (current.notices[lang].length > 0) {
      const list = document.createElement('ul');
      current.notices[lang].forEach((n) => list.append(make('li', n)));
      notices.append(make('strong', ui.noticeTitle), list);
    }
    const evidence = $('evidence');
    evidence.replaceChildren();
    for (const block of current.evidence[lang]) {
      const section = make('section', '');
      if (block.heading) section.append(make('h2', block.heading));
      if (block.sentence) section.append(make('p', block.sentence, 'sentence'));
      if (block.text) section.append(make('p', block.text));
      for (const quote of block.quotes) {
        const figure = document.createElement('figure');
        const text = make('blockquote', `“${quote.text}”`);
        text.lang = 'vi';
        figure.append(text, make('figcaption', quote.source));
        section.append(figure);
      }
      evidence.append(section);
    }
    ($('previous') as HTMLButtonElement).disabled = step === 0;
    ($('next') as HTMLButtonElement).disabled = step === story.steps.length - 1;
    $('previous').textContent = ui.previous;
    $('next').textContent = ui.next;
    $('keys').textContent = ui.keys;
    $('note').textContent = ui.note;
    $('languages').setAttribute('aria-label', ui.language);
    document.querySelectorAll<HTMLButtonElement>('[data-lang]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === lang)));
    history.replaceState(null, '', `#step=${step + 1}&lang=${lang}`);
  };
  const go = (to: number) => {
    if (to >= 0 && to < story.steps.length) {
      step = to;
      render();
    }
  };
  $('previous').addEventListener('click', () => go(step - 1));
  $('next').addEventListener('click', () => go(step + 1));
  document.querySelectorAll<HTMLButtonElement>('[data-lang]').forEach((b) =>
    b.addEventListener('click', () => {
      lang = b.dataset.lang === 'vi' ? 'vi' : 'en';
      render();
    }),
  );
  document.addEventListener('keydown', (e) => {
    const to = ({ ArrowRight: step + 1, PageDown: step + 1, ' ': step + 1, ArrowLeft: step - 1, PageUp: step - 1, Home: 0, End: story.steps.length - 1 } as Record<string, number>)[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(to);
  });
  render();
}

const STYLE = `
*{box-sizing:border-box}html,body{margin:0;height:100%}
body{font:15px/1.5 system-ui,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:#212529;background:#f1f3f5;display:flex;flex-direction:column}
header{display:flex;align-items:center;gap:16px;padding:10px 18px;background:#fff;border-bottom:1px solid #dee2e6}
h1{font-size:18px;margin:0;flex:1}
#languages{display:flex;border:1px solid #dee2e6;border-radius:6px;overflow:hidden}
#languages button{border:none;background:#fff;padding:6px 10px;font:inherit;cursor:pointer}
#languages button[aria-pressed=true]{background:#1864ab;color:#fff}
main{flex:1;display:grid;grid-template-columns:minmax(0,1fr) minmax(300px,420px);min-height:0}
.picture{display:flex;align-items:center;justify-content:center;padding:12px;min-height:0;background:#fff}
.picture img{max-width:100%;max-height:100%;object-fit:contain}
aside{background:#fff;border-left:1px solid #dee2e6;padding:16px 18px;overflow:auto;display:flex;flex-direction:column;gap:10px}
#counter{margin:0;color:#495057;font-weight:600}
#missing{margin:0;color:#868e96;font-size:13px}#missing:empty{display:none}
#caption{margin:0;font-size:17px;line-height:1.55;white-space:pre-line}
#notices:empty{display:none}#notices{background:#fff9db;border:1px solid #ffe066;border-radius:6px;padding:8px 10px;font-size:13px}
#notices ul{margin:4px 0 0;padding-left:18px}
section h2{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#495057;margin:8px 0 4px}
.sentence{font-weight:600;margin:6px 0 2px}
figure{margin:4px 0 8px}blockquote{margin:0;padding:4px 10px;border-left:3px solid #f08c00;background:#fff9f0;font-style:italic}
figcaption{font-size:12px;color:#868e96;margin-top:2px}
nav{display:flex;align-items:center;gap:10px;padding:10px 18px;background:#fff;border-top:1px solid #dee2e6}
nav button{font:inherit;padding:7px 14px;border:1px solid #adb5bd;border-radius:6px;background:#fff;cursor:pointer}
nav button#next{background:#1864ab;border-color:#1864ab;color:#fff}
nav button:disabled{opacity:.4;cursor:default}
#keys,#note{font-size:12px;color:#868e96;margin:0}#note{margin-left:auto;text-align:right;max-width:50%}
@media (max-width:800px){main{grid-template-columns:1fr;grid-template-rows:minmax(240px,50vh) auto}aside{border-left:none}}
`;

/** `<` never reaches the page as markup inside the data script: a caption cannot close the element. */
const asScriptData = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export function storyHtml(story: OfflineStory): string {
  const csp = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
  return `<!doctype html>
<html lang="${story.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title></title>
<style>${STYLE}</style>
</head>
<body>
<header><h1 id="title"></h1><div id="languages" role="group"><button type="button" data-lang="vi" lang="vi">Tiếng Việt</button><button type="button" data-lang="en" lang="en">English</button></div></header>
<main><div class="picture"><img id="image" alt=""></div>
<aside><p id="counter"></p><p id="missing"></p><p id="caption"></p><div id="notices" role="status"></div><div id="evidence"></div></aside></main>
<nav><button type="button" id="previous"></button><button type="button" id="next"></button><p id="keys"></p><p id="note"></p></nav>
<script type="application/json" id="story-data">${asScriptData(story)}</script>
<script>(${viewer.toString()})();</script>
</body>
</html>
`;
}
