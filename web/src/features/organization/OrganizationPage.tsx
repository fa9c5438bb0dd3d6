import { useEffect } from 'react';
import { Link, useLocation } from 'wouter';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { REGION_LABELS } from '../../ui/labels';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { OrganizationPageQuery, OrganizationResearchersQuery } from './organization-query';

/** An organisation and its published researchers; an old (merged) address leads to the current one. */
export default function OrganizationPage({ slug }: { slug: string }) {
  const [, navigate] = useLocation();
  const { data, error, loading, refetch } = useQuery(OrganizationPageQuery, { slug });
  const organization = data?.organization;
  const people = useQuery(OrganizationResearchersQuery, { id: organization?.id ?? '', after: null }, { skip: !organization });
  useDocumentMeta(organization?.name ?? (loading ? null : 'Fant ikke organisasjonen'), organization ? `Forskere ved ${organization.name}.` : null);

  useEffect(() => {
    if (organization && organization.slug !== slug) navigate(`/organisasjon/${organization.slug}`, { replace: true });
  }, [organization, slug, navigate]);

  if (error) return <div className="page"><ErrorMessage error={error} onRetry={refetch} /></div>;
  if (loading && !data) return <div className="page"><Loading label="Henter organisasjonen …" /></div>;
  if (!organization) {
    return (
      <div className="page">
        <h1>Fant ikke organisasjonen</h1>
        <p>
          <Link href="/">Gå til søket</Link>
        </p>
      </div>
    );
  }
  const list = people.data?.researchers;
  return (
    <div className="page page--medium">
      <h1>{organization.name}</h1>
      <p className="lead">
        {[organization.shortName, organization.region ? REGION_LABELS[organization.region] : null].filter(Boolean).join(' · ')}
      </p>
      {organization.parent && (
        <p>
          Del av <Link href={`/organisasjon/${organization.parent.slug}`}>{organization.parent.name}</Link>
        </p>
      )}
      {organization.aliases.length > 0 && <p className="hint">Også kjent som {organization.aliases.join(', ')}.</p>}
      <h2>Forskere</h2>
      {people.error ? (
        <ErrorMessage error={people.error} onRetry={people.refetch} />
      ) : !list ? (
        <Loading label="Henter forskerne …" />
      ) : list.edges.length === 0 ? (
        <p className="empty">Ingen publiserte profiler ennå.</p>
      ) : (
        <>
          <p>{list.totalCount === 1 ? '1 forsker' : `${list.totalCount} forskere`}</p>
          <ul className="result-list">
            {list.edges.map(({ node }) => (
              <li key={node.id} className="result">
                <h3 className="result__name">
                  <Link href={`/forsker/${encodeURIComponent(node.slug)}`}>{node.fullName}</Link>
                </h3>
                {node.title && <p className="result__byline">{node.title}</p>}
                {node.competenceAreas.length > 0 && (
                  <ul className="tags" aria-label="Kompetanseområder">
                    {node.competenceAreas.map((a) => (
                      <li key={a.slug} className="tag">
                        {a.name}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
