import { useMemo, useState } from 'react';
import type { HealthRegion, SearchResearchersQuery, SpeakerFormat } from '../../gql/graphql';
import { REGION_LABELS, SPEAKER_FORMAT_LABELS } from '../../ui/labels';
import { useQuery } from '../../graphql/use-query';
import { areaTree } from './area-tree';
import { FacetCount } from './FacetCount';
import { FacetGroup } from './FacetGroup';
import { firstPage, type SearchState } from './search-params';
import { CompetenceAreaTreeQuery } from './search-query';

type Facets = SearchResearchersQuery['researchers']['facets'];
type ListKey = 'areas' | 'regions' | 'networks' | 'degrees' | 'languages' | 'organizations';

interface Props {
  state: SearchState;
  facets: Facets | undefined;
  onChange: (next: SearchState) => void;
}

export function countFilters(state: SearchState): number {
  return (
    state.areas.length +
    state.regions.length +
    state.networks.length +
    state.degrees.length +
    state.languages.length +
    state.organizations.length +
    (state.speaker ? 1 : 0) +
    (state.media ? 1 : 0) +
    (state.mediaNow ? 1 : 0) +
    (state.courseLeader ? 1 : 0) +
    state.formats.length +
    state.travel.length
  );
}

/** The filters: availability and every facet of the API. On a phone they fold away behind a button. */
export function FilterPanel({ state, facets, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const taxonomy = useQuery(CompetenceAreaTreeQuery, {});
  const parentOf = useMemo(
    () => new Map((taxonomy.data?.competenceAreas ?? []).map((a) => [a.slug, a.parent?.slug ?? null])),
    [taxonomy.data],
  );
  const selectedCount = countFilters(state);
  // Every format and region stays listed (the lists are short); the API counts those it finds.
  const countOf = (list: Array<{ value: string; count: number }> | undefined, value: string) =>
    list ? (list.find((f) => f.value === value)?.count ?? 0) : undefined;

  const toggle = (key: ListKey) => (value: string, checked: boolean) => {
    const current = state[key] as string[];
    const next = checked ? [...current, value] : current.filter((v) => v !== value);
    onChange(firstPage({ ...state, [key]: next }));
  };
  // On a phone the results are below the filters: fold them away and go to the results.
  const showResults = () => {
    setOpen(false);
    document.getElementById('resultater-tittel')?.focus();
  };
  const clear = () =>
    onChange(firstPage({ ...state, areas: [], regions: [], networks: [], degrees: [], languages: [], organizations: [], speaker: false, media: false, mediaNow: false, courseLeader: false, formats: [], travel: [] }));

  return (
    <section className="filters" aria-labelledby="filtre-tittel">
      <h2 id="filtre-tittel" className="filters__title">
        Avgrens søket
      </h2>
      <button
        type="button"
        className="button button--secondary filters__toggle"
        aria-expanded={open}
        aria-controls="filtre"
        onClick={() => setOpen(!open)}
      >
        {open ? 'Skjul filtre' : 'Vis filtre'}
        {selectedCount > 0 ? ` (${selectedCount} valgt)` : ''}
      </button>
      <div id="filtre" className={open ? 'filters__body filters__body--open' : 'filters__body'}>
        {selectedCount > 0 && (
          <button type="button" className="link-button filters__clear" onClick={clear}>
            Fjern alle filtre
          </button>
        )}
        <fieldset className="facet">
          <legend>Tilgjengelig</legend>
          <ul className="facet__options">
            <li>
              <input
                id="filter-foredrag"
                type="checkbox"
                checked={state.speaker}
                onChange={(e) => onChange(firstPage({ ...state, speaker: e.target.checked }))}
              />
              <label htmlFor="filter-foredrag">Tilgjengelig som foredragsholder</label>
            </li>
            <li>
              <input
                id="filter-media"
                type="checkbox"
                checked={state.media}
                onChange={(e) => onChange(firstPage({ ...state, media: e.target.checked }))}
              />
              <label htmlFor="filter-media">Tilgjengelig for media</label>
            </li>
            <li>
              <input
                id="filter-media-na"
                type="checkbox"
                checked={state.mediaNow}
                onChange={(e) => onChange(firstPage({ ...state, mediaNow: e.target.checked }))}
              />
              <label htmlFor="filter-media-na">
                Tilgjengelig for media nå
                <FacetCount count={facets?.availableForMediaNowCount} />
              </label>
            </li>
            <li>
              <input
                id="filter-kursleder"
                type="checkbox"
                checked={state.courseLeader}
                onChange={(e) => onChange(firstPage({ ...state, courseLeader: e.target.checked }))}
              />
              <label htmlFor="filter-kursleder">
                Kursleder
                <FacetCount count={facets?.courseLeaderCount} />
              </label>
            </li>
          </ul>
        </fieldset>
        <fieldset className="facet">
          <legend>Foredragsformat</legend>
          <ul className="facet__options">
            {(Object.keys(SPEAKER_FORMAT_LABELS) as SpeakerFormat[]).map((f) => (
              <li key={f}>
                <input
                  id={`filter-format-${f}`}
                  type="checkbox"
                  checked={state.formats.includes(f)}
                  onChange={(e) =>
                    onChange(firstPage({ ...state, formats: e.target.checked ? [...state.formats, f] : state.formats.filter((v) => v !== f) }))
                  }
                />
                <label htmlFor={`filter-format-${f}`}>
                  {SPEAKER_FORMAT_LABELS[f]}
                  <FacetCount count={countOf(facets?.speakerFormats, f)} />
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset className="facet">
          <legend>Reiser til</legend>
          <ul className="facet__options">
            {(Object.keys(REGION_LABELS) as HealthRegion[]).map((r) => (
              <li key={r}>
                <input
                  id={`filter-reiser-${r}`}
                  type="checkbox"
                  checked={state.travel.includes(r)}
                  onChange={(e) =>
                    onChange(firstPage({ ...state, travel: e.target.checked ? [...state.travel, r] : state.travel.filter((v) => v !== r) }))
                  }
                />
                <label htmlFor={`filter-reiser-${r}`}>
                  {REGION_LABELS[r]}
                  <FacetCount count={countOf(facets?.travelRegions, r)} />
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        {facets ? (
          <>
            <FacetGroup
              id="omrade"
              legend="Kompetanseområde"
              options={areaTree(facets.competenceAreas, parentOf)}
              selected={state.areas}
              onToggle={toggle('areas')}
            />
            <FacetGroup id="region" legend="Helseregion" options={facets.regions} selected={state.regions} onToggle={toggle('regions')} />
            <FacetGroup
              id="organisasjon"
              legend="Organisasjon"
              options={facets.organizations}
              selected={state.organizations}
              onToggle={toggle('organizations')}
              limit={8}
            />
            <FacetGroup id="nettverk" legend="Nettverk" options={facets.networks} selected={state.networks} onToggle={toggle('networks')} />
            <FacetGroup id="grad" legend="Utdanning" options={facets.degrees} selected={state.degrees} onToggle={toggle('degrees')} />
            <FacetGroup id="sprak" legend="Språk" options={facets.languages} selected={state.languages} onToggle={toggle('languages')} />
          </>
        ) : null}
        <button type="button" className="button filters__done" onClick={showResults}>
          Vis treff
        </button>
      </div>
    </section>
  );
}
