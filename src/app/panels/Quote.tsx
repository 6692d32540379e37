/**
 * A quote as its reader needs it: in its own words and language. In an interface of another
 * language it says which language it is in, with a curator's English gloss where the data has
 * one, and (where nothing beside it names it) the article's own title in the interface language.
 */
import type { Evidence } from '../../model/schema';
import { useData } from '../data';
import { DISPLAY_LENGTH, shortText } from '../displayText';
import { t } from '../i18n';
import type { Lang } from '../state/viewState';

type Props = { evidence: Evidence; lang: Lang; withSource?: boolean };

export function Quote({ evidence, lang, withSource = false }: Props) {
  const { sources } = useData();
  const source = sources.get(evidence.source);
  const written = source?.language;
  const foreign = written !== undefined && written !== lang;
  const gloss = lang === 'en' && evidence.gloss ? shortText(evidence.gloss, DISPLAY_LENGTH.heading) : null;
  return (
    <>
      <blockquote lang={written}>“{evidence.quote}”</blockquote>
      {(foreign || withSource) && (
        <p className="quote-note">
          {foreign && t(lang, written === 'vi' ? 'quoteInVietnamese' : 'quoteInEnglish')}
          {gloss && (
            <>
              {' — '}
              {t(lang, 'glossLabel')}: <q lang="en">{gloss}</q>
            </>
          )}
          {withSource && source && (
            <>
              {foreign ? ' · ' : ''}
              {t(lang, 'fromArticle')} <cite>{source.title[lang]}</cite>
            </>
          )}
        </p>
      )}
    </>
  );
}
