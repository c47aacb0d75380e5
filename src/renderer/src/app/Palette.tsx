import { useState } from 'react';
import {
  Autocomplete,
  Dialog,
  Header,
  Input,
  Keyboard,
  Menu,
  MenuItem,
  MenuSection,
  Modal,
  ModalOverlay,
  SearchField,
  type Key,
} from 'react-aria-components';
import { plainFold } from '../../../core/text/fold';
import { shortcutLabel, type CommandId } from '../../../shared/commands';
import { isMac, useCommands } from './commands';
import { navigate } from './location';
import { HitView, useSearchHits } from './SearchBox';
import { groupHits, hitPath, KIND_LABELS } from './searchRoutes';
import './Palette.css';

/**
 * Ctrl/Cmd+K: every command and the library's search in one box. ↑ ↓ to choose, Enter to run
 * or open, Escape to close.
 */
export function Palette() {
  const { paletteOpen, setPaletteOpen, available, run } = useCommands();
  const [query, setQuery] = useState('');
  const { hits } = useSearchHits(query, 12);
  const folded = plainFold(query.trim());
  const commands = available.filter(
    (c) =>
      c.id !== 'search.palette' &&
      (folded === '' ||
        plainFold(`${c.label} ${'keywords' in c ? c.keywords : ''}`).includes(folded)),
  );
  const groups = groupHits(hits);

  const close = (): void => {
    setPaletteOpen(false);
    setQuery('');
  };
  const act = (key: Key): void => {
    const k = String(key);
    close();
    if (k.startsWith('cmd:')) run(k.slice(4) as CommandId);
    else {
      const [kind, id] = k.split(':');
      navigate(hitPath({ kind: kind as 'person', id: id ?? '' }));
    }
  };

  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={paletteOpen}
      onOpenChange={(open) => (open ? setPaletteOpen(true) : close())}
      isDismissable
    >
      <Modal className="modal palette">
        <Dialog className="dialog" aria-label="Search and commands">
          <Autocomplete inputValue={query} onInputChange={setQuery}>
            <SearchField
              aria-label="Search the library or type a command"
              autoFocus
              className="palette-field"
            >
              <Input
                className="palette-input"
                placeholder="Search the library or type a command…"
              />
            </SearchField>
            {/* The list scrolls inside a box the keyboard can reach (the items have virtual focus). */}
            <div className="palette-scroll" tabIndex={0}>
              <Menu
                className="palette-list"
                onAction={act}
                aria-label="Commands and results"
                renderEmptyState={() => (
                  <div className="palette-empty">Nothing matches “{query}”.</div>
                )}
              >
                {commands.length > 0 && (
                  <MenuSection id="commands">
                    <Header className="searchbox-header">Commands</Header>
                    {commands.map((c) => (
                      <MenuItem
                        key={c.id}
                        id={`cmd:${c.id}`}
                        textValue={c.label}
                        className="searchbox-item palette-command"
                      >
                        <span>{c.label}</span>
                        {'shortcut' in c && c.shortcut && (
                          <Keyboard className="palette-kbd">
                            {shortcutLabel(c.shortcut, isMac)}
                          </Keyboard>
                        )}
                      </MenuItem>
                    ))}
                  </MenuSection>
                )}
                {groups.map((g) => (
                  <MenuSection key={g.kind} id={g.kind}>
                    <Header className="searchbox-header">{KIND_LABELS[g.kind]}</Header>
                    {g.hits.map((h) => (
                      <MenuItem
                        key={`${h.kind}:${h.id}`}
                        id={`${h.kind}:${h.id}`}
                        textValue={h.title}
                        className="searchbox-item"
                      >
                        <HitView hit={h} />
                      </MenuItem>
                    ))}
                  </MenuSection>
                ))}
              </Menu>
            </div>
          </Autocomplete>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
