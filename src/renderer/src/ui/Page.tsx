import type { ReactNode } from 'react';
import './Page.css';

/** A screen of the main pane: its title, its actions, and what it holds. */
export function Page({
  title,
  subtitle,
  actions,
  banner,
  children,
  wide,
  list,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  /** A notice across the top (the facts are not as of today…). */
  banner?: ReactNode;
  children: ReactNode;
  wide?: boolean;
  /** A list that fills the pane (its table scrolls, not the page). */
  list?: boolean;
}) {
  return (
    <div className={`page${wide ? ' page-wide' : ''}${list ? ' page-list' : ''}`}>
      <header className="page-header">
        <div className="page-titles">
          <h1>{title}</h1>
          {subtitle !== undefined && <div className="page-subtitle">{subtitle}</div>}
        </div>
        {actions !== undefined && <div className="page-actions">{actions}</div>}
      </header>
      {banner}
      <div className="page-body">{children}</div>
    </div>
  );
}

/** A titled part of a page. */
export function Section({
  title,
  actions,
  children,
  id,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  const headingId = id ?? `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section className="section" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId}>{title}</h2>
        {actions !== undefined && <div className="section-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

/** What an empty screen or list says: what goes there, and how to add it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {children !== undefined && <div className="empty-body">{children}</div>}
    </div>
  );
}

export function Notice({
  tone = 'info',
  children,
  role,
}: {
  tone?: 'info' | 'warn' | 'danger' | 'ok';
  children: ReactNode;
  role?: 'alert' | 'status';
}) {
  return (
    <div className={`notice notice-${tone}`} role={role}>
      {children}
    </div>
  );
}
