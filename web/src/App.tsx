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

export function App() {
  return (
    <SiteLayout>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={SearchPage} />
          <Route path="/forsker/:slug">{(params) => <ProfilePage slug={params.slug} />}</Route>
          <Route path="/nettverk" component={NetworksPage} />
          <Route path="/nettverk/:slug">{(params) => <NetworkPage slug={params.slug} />}</Route>
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </SiteLayout>
  );
}
