import { Redirect, Route, Switch } from 'wouter';
import { CaseEdit } from '../library/cases/CaseEdit';
import { CasePage } from '../library/cases/CasePage';
import { CasesList } from '../library/cases/CasesList';
import { EventEdit } from '../library/cases/EventEdit';
import { OrganisationEdit } from '../library/organisations/OrganisationEdit';
import { OrganisationsList } from '../library/organisations/OrganisationsList';
import { PersonEdit } from '../library/persons/PersonEdit';
import { PersonPage } from '../library/persons/PersonPage';
import { PersonsList } from '../library/persons/PersonsList';
import { SourceEdit } from '../library/sources/SourceEdit';
import { SourcePage } from '../library/sources/SourcePage';
import { SourcesList } from '../library/sources/SourcesList';
import { DocumentPage } from '../documents/DocumentPage';
import { DocumentsList } from '../documents/DocumentsList';
import { ForumsPage } from '../forums/ForumsPage';
import { SettingsPage } from '../settings/SettingsPage';
import { SnippetPage } from '../snippets/SnippetPage';
import { SnippetsList } from '../snippets/SnippetsList';
import { EmptyState, Page } from '../ui/Page';
import { SearchPage } from './SearchPage';

/** Every screen has its own address, so Back, Forward and reload work, and tests open any one. */
export function Routes() {
  return (
    <Switch>
      <Route path="/">
        <Redirect to="/cases" replace />
      </Route>
      <Route path="/search" component={SearchPage} />
      <Route path="/persons" component={PersonsList} />
      <Route path="/persons/new">{() => <PersonEdit id={null} />}</Route>
      <Route path="/persons/:id/edit">{(p) => <PersonEdit id={p.id} />}</Route>
      <Route path="/persons/:id">{(p) => <PersonPage id={p.id} />}</Route>
      <Route path="/cases" component={CasesList} />
      <Route path="/cases/new">{() => <CaseEdit id={null} />}</Route>
      <Route path="/cases/:id/edit">{(p) => <CaseEdit id={p.id} />}</Route>
      <Route path="/cases/:id/events/new">{(p) => <EventEdit caseId={p.id} id={null} />}</Route>
      <Route path="/cases/:id/events/:eventId">
        {(p) => <EventEdit caseId={p.id} id={p.eventId} />}
      </Route>
      <Route path="/cases/:id">{(p) => <CasePage id={p.id} />}</Route>
      <Route path="/sources" component={SourcesList} />
      <Route path="/sources/new">{() => <SourceEdit id={null} />}</Route>
      <Route path="/sources/:id/edit">{(p) => <SourceEdit id={p.id} />}</Route>
      <Route path="/sources/:id">{(p) => <SourcePage id={p.id} />}</Route>
      <Route path="/organisations" component={OrganisationsList} />
      <Route path="/organisations/new">{() => <OrganisationEdit id={null} />}</Route>
      <Route path="/organisations/:id">{(p) => <OrganisationEdit id={p.id} />}</Route>
      <Route path="/snippets" component={SnippetsList} />
      <Route path="/snippets/:id">{(p) => <SnippetPage id={p.id} />}</Route>
      <Route path="/documents" component={DocumentsList} />
      <Route path="/documents/:id">{(p) => <DocumentPage id={p.id} />}</Route>
      <Route path="/forums" component={ForumsPage} />
      <Route path="/settings" component={SettingsPage} />
      <Route>
        <Page title="Not found">
          <EmptyState title="There is nothing at this address.">
            <a href="#/cases">Go to the cases</a>
          </EmptyState>
        </Page>
      </Route>
    </Switch>
  );
}
