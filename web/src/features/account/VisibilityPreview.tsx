import type { Visibility } from '../../gql/graphql';

type Viewer = 'anonymous' | 'registered' | 'owner';

const VIEWERS: { viewer: Viewer; title: string }[] = [
  { viewer: 'anonymous', title: 'En journalist eller andre som ikke er logget inn' },
  { viewer: 'registered', title: 'En innlogget bruker' },
  { viewer: 'owner', title: 'Bare du (og redaksjonen)' },
];

// The API's rule for contact fields, mirrored only to preview unsaved choices.
function sees(viewer: Viewer, visibility: Visibility): boolean {
  return visibility === 'PUBLIC' || viewer === 'owner' || (viewer === 'registered' && visibility === 'REGISTERED');
}

/** What each kind of reader would see of the contact details as they stand in the form. */
export function VisibilityPreview({
  email,
  emailVisibility,
  phone,
  phoneVisibility,
}: {
  email: string;
  emailVisibility: Visibility;
  phone: string;
  phoneVisibility: Visibility;
}) {
  const show = (value: string, visible: boolean) =>
    !value.trim() ? <span className="muted">Ikke fylt inn</span> : visible ? value : <span className="muted">Vises ikke</span>;
  return (
    <section className="preview" aria-labelledby="forhandsvisning-tittel">
      <h3 id="forhandsvisning-tittel">Hvem ser kontaktinformasjonen?</h3>
      <p className="hint">Forhåndsvisning av valgene over, også før du har lagret.</p>
      <ul className="preview__list">
        {VIEWERS.map(({ viewer, title }) => (
          <li key={viewer} className="preview__card">
            <h4>{title}</h4>
            <dl>
              <dt>E-post</dt>
              <dd>{show(email, sees(viewer, emailVisibility))}</dd>
              <dt>Telefon</dt>
              <dd>{show(phone, sees(viewer, phoneVisibility))}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
