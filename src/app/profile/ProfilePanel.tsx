/**
 * An actor's or a domain's profile at the top of its details: partners, instruments, domains and
 * frameworks, each reached in one click, with the quotes that state it one more click away.
 */
import { useMemo } from 'react';
import { asObject } from '../../model/sentence';
import { profileOf, profileSections, type ProfileItem, type SectionKey } from '../../query/profile';
import { useData } from '../data';
import { t, type StringKey } from '../i18n';
import { EntityLink } from '../panels/EntityLink';
import { EvidenceList, type DetailsProps } from '../panels/EvidenceList';
import { RelationLine } from '../panels/RelationLine';

type ItemProps = Omit<DetailsProps, 'id'> & { item: ProfileItem };

function ProfileRow({ item, lang, onSelectNode, onSelectEdge, onShowEvidence }: ItemProps) {
  const { graph } = useData();
  const quotes = item.edges.reduce((n, edge) => n + graph.getEdgeAttribute(edge, 'evidence').length, 0);
  return (
    <li className="profile-item">
      <EntityLink id={item.id} lang={lang} onSelect={onSelectNode} />
      <details className="profile-evidence">
        <summary>
          {t(lang, 'profileEvidence')} ({quotes})
        </summary>
        {item.edges.map((edge) => (
          <div key={edge} className="relation">
            <RelationLine edge={edge} lang={lang} onSelectNode={onSelectNode} onSelectEdge={onSelectEdge} />
            <EvidenceList evidence={graph.getEdgeAttribute(edge, 'evidence')} lang={lang} onShow={onShowEvidence} />
          </div>
        ))}
      </details>
    </li>
  );
}

/** Items reached through the same instruments, together: "through the EU–Norway partnership: …" said once. */
function byVia(items: ProfileItem[]): ProfileItem[][] {
  const groups = new Map<string, ProfileItem[]>();
  for (const item of items) {
    const key = item.via.join('|');
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()];
}

function ProfileSection({ heading, items, ...props }: Omit<DetailsProps, 'id'> & { heading: StringKey; items: ProfileItem[] }) {
  const { lang, onSelectNode } = props;
  const { graph } = useData();
  return (
    <section aria-label={t(lang, heading)}>
      <h3>
        {t(lang, heading)} ({items.length})
      </h3>
      {byVia(items).map((group) => {
        const via = group[0]?.via ?? [];
        return (
          <div key={via.join('|')} className="profile-group">
            {via.length > 0 && (
              <div className="profile-via">
                <span className="muted">{t(lang, 'profileThrough')}</span>
                <ul className="plain">
                  {via.map((id) => (
                    <li key={id}>
                      {/* Read inside "through …": "through the EU–Norway Security and Defence Partnership", "qua các thỏa thuận…". */}
                      <EntityLink id={id} lang={lang} onSelect={onSelectNode} text={asObject(graph.getNodeAttributes(id), lang)} />
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <ul className="plain">
              {group.map((item) => (
                <ProfileRow key={item.id} item={item} {...props} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

const HEADINGS: Record<SectionKey, StringKey> = {
  partners: 'profilePartners',
  domains: 'profileDomains',
  instruments: 'profileInstruments',
  frameworks: 'profileFrameworks',
  actors: 'profileActors',
  coveredBy: 'profileCoveredBy',
  domainFrameworks: 'profileDomainFrameworks',
  invokedBy: 'profileInvokedBy',
  frameworkActors: 'profileFrameworkActors',
  frameworkDomains: 'profileFrameworkDomains',
};

export function ProfilePanel(props: DetailsProps) {
  const { graph } = useData();
  const profile = useMemo(() => profileOf(graph, props.id), [graph, props.id]);
  if (!profile) return null;
  return (
    <div className="profile">
      {profileSections(profile)
        .filter(({ items }) => items.length > 0)
        .map(({ key, items }) => (
          <ProfileSection key={key} heading={HEADINGS[key]} items={items} lang={props.lang} onSelectNode={props.onSelectNode} onSelectEdge={props.onSelectEdge} onShowEvidence={props.onShowEvidence} />
        ))}
    </div>
  );
}
