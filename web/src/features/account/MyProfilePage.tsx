import { type ReactNode, useCallback, useState } from 'react';
import { Link } from 'wouter';
import { RequireSignIn } from '../../auth/RequireSignIn';
import { useSession } from '../../auth/use-session';
import type { MyProfileFieldsFragment } from '../../gql/graphql';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { ChangePasswordForm } from './ChangePasswordForm';
import { EmailVerificationNotice } from './EmailVerificationNotice';
import { LogoutEverywherePanel } from './LogoutEverywherePanel';
import { MyDataPanel } from './MyDataPanel';
import { MyProfileQuery, ProfileChoicesQuery } from './my-profile-operations';
import { ProfileEditor } from './ProfileEditor';
import { ProposeWorkplace } from './ProposeWorkplace';
import { ProfileStatusPanel } from './ProfileStatusPanel';
import { MyPublicationsPanel } from '../publications/MyPublicationsPanel';
import { RegistryImportPanel } from '../publications/RegistryImportPanel';

export default function MyProfilePage() {
  useDocumentMeta('Min profil', 'Hold forskerprofilen din i Kompetansekatalogen oppdatert.');
  return (
    <RequireSignIn>
      <MyProfile />
    </RequireSignIn>
  );
}

function MyProfile() {
  const { reload: reloadSession } = useSession();
  const me = useQuery(MyProfileQuery, {});
  const choices = useQuery(ProfileChoicesQuery, {});
  // The profile as the last mutation returned it, ahead of the query's copy.
  const [latest, setLatest] = useState<MyProfileFieldsFragment | null>(null);
  const [notice, setNotice] = useState('');
  const [dirty, setDirty] = useState(false);
  // Bumped by an import, so the publication list reads what it added.
  const [publicationsKey, setPublicationsKey] = useState(0);
  const onDirtyChange = useCallback((d: boolean) => setDirty(d), []);

  const error = me.error ?? choices.error;
  if (error) return <Page><ErrorMessage error={error} onRetry={() => (me.refetch(), choices.refetch())} /></Page>;
  if (!me.data || !choices.data) return <Page><Loading label="Henter profilen din …" /></Page>;
  const account = me.data.me;
  const profile = latest ?? account?.profile;
  if (!account || !profile) {
    return (
      <Page>
        <p>Kontoen din ({account?.email}) har ingen forskerprofil.</p>
      </Page>
    );
  }

  const changed = (next: MyProfileFieldsFragment, message: string) => {
    setLatest(next);
    setNotice(message);
    void reloadSession().catch(() => undefined);
  };
  const reload = () => {
    setLatest(null);
    setNotice('');
    me.refetch();
  };

  return (
    <Page>
      <p className="lead">
        Innlogget som {profile.fullName} ({account.email}).
      </p>
      <p>
        <Link href="/min-profil/henvendelser">Henvendelser</Link>: meldinger folk har sendt deg gjennom katalogen.
      </p>
      {!account.emailVerifiedAt && <EmailVerificationNotice email={account.email} />}
      <p role="status" className="ok-message">
        {notice}
      </p>
      <ProfileStatusPanel profile={profile} unsaved={dirty} onChange={changed} />
      <ProfileEditor
        // A new version (saved here or loaded again) starts the form afresh from it.
        key={`${profile.id}-${profile.version}`}
        profile={profile}
        choices={choices.data}
        onSaved={(p) => changed(p, 'Endringene er lagret.')}
        onReload={reload}
        onDirtyChange={onDirtyChange}
        onPhotoChanged={reload}
      />
      <ProposeWorkplace
        onProposed={(name) => {
          reload();
          setNotice(`«${name}» er foreslått og er nå arbeidsstedet ditt. Redaksjonen ser på forslaget.`);
        }}
      />
      <RegistryImportPanel
        orcid={profile.orcid ?? null}
        onImported={(p, message) => {
          changed(p, message);
          setPublicationsKey((k) => k + 1);
        }}
      />
      <MyPublicationsPanel reloadKey={publicationsKey} />
      <ChangePasswordForm />
      <LogoutEverywherePanel />
      <MyDataPanel />
    </Page>
  );
}

function Page({ children }: { children: ReactNode }) {
  return (
    <div className="page page--medium">
      <h1>Min profil</h1>
      {children}
    </div>
  );
}
