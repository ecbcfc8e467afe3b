/** The dashboard shell: product navigation on the left, the routed page on the right. */
import { usePath, onLinkClick } from './router.ts';
import { useData } from './use-data.ts';
import { ProjectsPage } from './pages/projects-page.tsx';
import { HistoryPage } from './pages/history-page.tsx';
import { IntegrationsPage } from './pages/integrations-page.tsx';

function NavLink({ href, active, children }: { href: string; active: boolean; children: string }) {
  return (
    <a class={active ? 'nav-link active' : 'nav-link'} href={href} onClick={onLinkClick} aria-current={active ? 'page' : undefined}>
      {children}
    </a>
  );
}

function Page({ path }: { path: string }) {
  const project = /^\/app\/projects\/([^/]+)\/(history|findings)\/?$/.exec(path);
  if (project) return <HistoryPage projectId={decodeURIComponent(project[1]!)} tab={project[2] === 'findings' ? 'findings' : 'history'} />;
  if (/^\/app\/integrations\/?$/.test(path)) return <IntegrationsPage />;
  if (/^\/app(\/projects)?\/?$/.test(path)) return <ProjectsPage />;
  return (
    <section class="page">
      <h1>Page not found</h1>
      <p>
        <a href="/app/projects" onClick={onLinkClick}>Back to Projects</a>
      </p>
    </section>
  );
}

/** The whole app. */
export function App() {
  const path = usePath();
  const { error } = useData();
  const inIntegrations = path.startsWith('/app/integrations');
  return (
    <div class="shell">
      <nav class="sidebar" aria-label="Main">
        <div class="brand">DeepScan</div>
        <div class="nav-group">
          <div class="nav-heading">Cloud Security Misconfigurations</div>
          <NavLink href="/app/projects" active={!inIntegrations}>Projects</NavLink>
        </div>
        <div class="nav-group">
          <div class="nav-heading">Integrations</div>
          <NavLink href="/app/integrations" active={inIntegrations}>Connected Providers</NavLink>
        </div>
      </nav>
      <main class="content">
        {error && <div class="banner banner-error" role="alert">Could not refresh: {error}</div>}
        <Page path={path} />
      </main>
    </div>
  );
}
