import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { SiteLayout } from './layout/SiteLayout';
import { SearchPage } from './features/search/SearchPage';
import { Loading } from './ui/Loading';
import { NotFoundPage } from './ui/NotFoundPage';

// Only the front page is in the first bundle; other pages load when visited.
const ProfilePage = lazy(() => import('./features/profile/ProfilePage'));
const NetworksPage = lazy(() => import('./features/network/NetworksPage'));
const NetworkPage = lazy(() => import('./features/network/NetworkPage'));
const LoginPage = lazy(() => import('./features/account/LoginPage'));
const RegisterPage = lazy(() => import('./features/account/RegisterPage'));
const MyProfilePage = lazy(() => import('./features/account/MyProfilePage'));
const AccountDeletedPage = lazy(() => import('./features/account/AccountDeletedPage'));
const ForgotPasswordPage = lazy(() => import('./features/account/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./features/account/ResetPasswordPage'));
const VerifyEmailPage = lazy(() => import('./features/account/VerifyEmailPage'));
const ConfirmProfilePage = lazy(() => import('./features/profile/ConfirmProfilePage'));
const EditorPage = lazy(() => import('./features/editor/EditorPage'));
const ConfirmContactPage = lazy(() => import('./features/contact/ConfirmContactPage'));
const MessagesPage = lazy(() => import('./features/contact/MessagesPage'));
const NetworkAdminPage = lazy(() => import('./features/network/NetworkAdminPage'));
const NetworksAdminPage = lazy(() => import('./features/editor/NetworksAdminPage'));
const ConfirmNewsPage = lazy(() => import('./features/network/NewsTokenPage').then((m) => ({ default: m.ConfirmNewsPage })));
const UnsubscribeNewsPage = lazy(() => import('./features/network/NewsTokenPage').then((m) => ({ default: m.UnsubscribeNewsPage })));
const StatisticsPage = lazy(() => import('./features/editor/StatisticsPage'));
const AuditLogPage = lazy(() => import('./features/editor/AuditLogPage'));
const TaxonomyPage = lazy(() => import('./features/editor/TaxonomyPage'));
const OrganizationsPage = lazy(() => import('./features/editor/OrganizationsPage'));
const SynonymsPage = lazy(() => import('./features/editor/SynonymsPage'));
const AccountsPage = lazy(() => import('./features/editor/AccountsPage'));
const OrganizationPage = lazy(() => import('./features/organization/OrganizationPage'));

export function App() {
  return (
    <SiteLayout>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={SearchPage} />
          <Route path="/forsker/:slug">{(params) => <ProfilePage slug={params.slug} />}</Route>
          <Route path="/nettverk" component={NetworksPage} />
          <Route path="/nettverk/:slug/admin">{(params) => <NetworkAdminPage slug={params.slug} />}</Route>
          <Route path="/nettverk/:slug">{(params) => <NetworkPage slug={params.slug} />}</Route>
          <Route path="/logg-inn" component={LoginPage} />
          <Route path="/registrer" component={RegisterPage} />
          <Route path="/min-profil" component={MyProfilePage} />
          <Route path="/min-profil/henvendelser" component={MessagesPage} />
          <Route path="/kontakt/bekreft" component={ConfirmContactPage} />
          <Route path="/konto-slettet" component={AccountDeletedPage} />
          <Route path="/glemt-passord" component={ForgotPasswordPage} />
          <Route path="/nytt-passord" component={ResetPasswordPage} />
          <Route path="/bekreft-epost" component={VerifyEmailPage} />
          <Route path="/profil/bekreft" component={ConfirmProfilePage} />
          <Route path="/redaksjon" component={EditorPage} />
          <Route path="/redaksjon/nettverk" component={NetworksAdminPage} />
          <Route path="/nyhetsbrev/bekreft" component={ConfirmNewsPage} />
          <Route path="/nyhetsbrev/avmeld" component={UnsubscribeNewsPage} />
          <Route path="/redaksjon/tall" component={StatisticsPage} />
          <Route path="/redaksjon/logg" component={AuditLogPage} />
          <Route path="/redaksjon/omrader" component={TaxonomyPage} />
          <Route path="/redaksjon/organisasjoner" component={OrganizationsPage} />
          <Route path="/redaksjon/synonymer" component={SynonymsPage} />
          <Route path="/redaksjon/kontoer" component={AccountsPage} />
          <Route path="/organisasjon/:slug">{(params) => <OrganizationPage slug={params.slug} />}</Route>
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </SiteLayout>
  );
}
