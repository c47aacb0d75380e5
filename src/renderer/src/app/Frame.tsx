import {
  Archive,
  BookText,
  Building2,
  FileText,
  Files,
  Gavel,
  Lock,
  Scale,
  Settings,
  Users,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import type { LibraryInfo } from '../../../shared/api';
import { shortcutLabel } from '../../../shared/commands';
import { Button } from '../ui/Button';
import { isMac, useCommands } from './commands';
import { SearchBox } from './SearchBox';
import './Frame.css';

interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  count?: number;
}

function NavLink({ item }: { item: NavItem }) {
  const [path] = useLocation();
  const active = path === item.to || path.startsWith(`${item.to}/`);
  return (
    <Link href={item.to} className="nav-link" aria-current={active ? 'page' : undefined}>
      {item.icon}
      <span className="nav-label">{item.label}</span>
      {item.count !== undefined && (
        <span className="nav-count">{item.count.toLocaleString('en')}</span>
      )}
    </Link>
  );
}

function libraryName(path: string): string {
  return path.split(/[\\/]/).at(-1)?.replace(/\.db$/, '') ?? path;
}

/** The app's frame: the sidebar, the header with the library's name and search, the main pane. */
export function Frame({ info, children }: { info: LibraryInfo; children: ReactNode }) {
  const { run } = useCommands();
  const c = info.counts;
  const icon = (node: ReactNode): ReactNode => <span aria-hidden="true">{node}</span>;
  const library: NavItem[] = [
    { to: '/persons', label: 'Persons', icon: icon(<Users size={16} />), count: c.persons },
    { to: '/cases', label: 'Cases', icon: icon(<Gavel size={16} />), count: c.cases },
    { to: '/snippets', label: 'Snippets', icon: icon(<BookText size={16} />), count: c.snippets },
    { to: '/sources', label: 'Sources', icon: icon(<Files size={16} />), count: c.sources },
    {
      to: '/organisations',
      label: 'Organisations',
      icon: icon(<Building2 size={16} />),
      count: c.organisations,
    },
  ];
  const rest: NavItem[] = [
    {
      to: '/documents',
      label: 'Documents',
      icon: icon(<FileText size={16} />),
      count: c.documents,
    },
    { to: '/forums', label: 'Forums & templates', icon: icon(<Scale size={16} />) },
    { to: '/settings', label: 'Backups & settings', icon: icon(<Settings size={16} />) },
  ];
  return (
    <div className="frame">
      <header className="frame-header">
        <div className="frame-library" title={info.path}>
          <Archive size={16} aria-hidden="true" />
          <span className="frame-library-name">{libraryName(info.path)}</span>
          {info.encrypted && (
            <span className="frame-encrypted">
              <Lock size={12} aria-hidden="true" /> encrypted
            </span>
          )}
        </div>
        <SearchBox />
        <Button variant="quiet" size="small" onPress={() => run('search.palette')}>
          Commands <kbd className="frame-kbd">{shortcutLabel('CmdOrCtrl+K', isMac)}</kbd>
        </Button>
        {info.encrypted && (
          <Button
            size="small"
            icon={<Lock aria-hidden="true" />}
            onPress={() => run('library.lock')}
          >
            Lock now
          </Button>
        )}
      </header>
      <nav className="frame-sidebar" aria-label="Sections">
        <div className="nav-group" role="group" aria-labelledby="nav-library">
          <div className="nav-group-title" id="nav-library">
            Library
          </div>
          {library.map((item) => (
            <NavLink key={item.to} item={item} />
          ))}
        </div>
        <div className="nav-group">
          {rest.map((item) => (
            <NavLink key={item.to} item={item} />
          ))}
        </div>
      </nav>
      {/* A tab stop, so that the keyboard can scroll it where it holds nothing focusable. */}
      <main className="frame-main" id="main" tabIndex={0}>
        {children}
      </main>
    </div>
  );
}
