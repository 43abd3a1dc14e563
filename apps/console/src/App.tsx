import { lazy, Suspense, type ReactNode } from 'react';
import { Admin, CustomRoutes, Loading, localStorageStore, Resource, ResourceContextProvider } from 'react-admin';
import { Route } from 'react-router-dom';
import { createAuthProvider } from './authProvider';
import { Guard } from './common/Guard';
import { CompanyInfo } from './company-info/CompanyInfo';
import { API_URL } from './config';
import { createDataProvider } from './dataProvider';
import { createGraphqlClient } from './dataProvider/graphqlClient';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppLayout';
import { Home } from './layout/Home';
import { LoginPage } from './layout/LoginPage';
import { theme } from './layout/theme';
import { leads } from './leads';
import { MyQueue } from './my-queue/MyQueue';
import { reps } from './reps';
import { routingRules } from './routing-rules';
import { NurtureSettings } from './settings/NurtureSettings';
import { PolicyDraftPage } from './policy-draft/PolicyDraftPage';
import { ScoringModelsPage } from './scoring/ScoringModelsPage';
import { SlaSettings } from './settings/SlaSettings';
import { SlaBoard } from './sla-board/SlaBoard';
import { currentToken } from './session';
import { webhookSubscriptions } from './webhooks';

// The dashboard pulls in recharts: load it only when someone opens it.
const Dashboard = lazy(() => import('./dashboard/Dashboard'));

const dataProvider = createDataProvider({ apiUrl: API_URL, getToken: currentToken });
const authProvider = createAuthProvider(createGraphqlClient({ url: `${API_URL}/graphql`, getToken: currentToken }));
const store = localStorageStore('1', 'leadops');

/** A custom page: behind canAccess, and in a resource context of its own (forms and iterators need one). */
const page = (resource: string, element: ReactNode) => (
  <ResourceContextProvider value={resource}>
    <Guard resource={resource}>{element}</Guard>
  </ResourceContextProvider>
);

export const App = () => (
  <Admin
    title="LeadOps"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    layout={AppLayout}
    loginPage={LoginPage}
    dashboard={Home}
    theme={theme}
    requireAuth
    disableTelemetry
  >
    <Resource name="leads" {...leads} />
    <Resource name="routingRules" {...routingRules} />
    <Resource name="reps" {...reps} />
    <Resource name="webhookSubscriptions" {...webhookSubscriptions} />
    <Resource name="users" recordRepresentation="displayName" />
    <Resource name="teams" recordRepresentation="name" />
    <CustomRoutes>
      <Route path="/my-queue" element={page('my-queue', <MyQueue />)} />
      <Route path="/sla-board" element={page('sla-board', <SlaBoard />)} />
      <Route path="/dashboard" element={page('dashboard', <Suspense fallback={<Loading />}><Dashboard /></Suspense>)} />
      <Route path="/company-info" element={page('company-info', <CompanyInfo />)} />
      <Route path="/sla-settings" element={page('sla-settings', <SlaSettings />)} />
      <Route path="/nurture" element={page('nurture', <NurtureSettings />)} />
      <Route path="/policy-draft" element={page('policy-draft', <PolicyDraftPage />)} />
      <Route path="/scoring-models" element={page('scoring-models', <ScoringModelsPage />)} />
    </CustomRoutes>
  </Admin>
);
