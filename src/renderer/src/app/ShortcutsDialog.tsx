import { COMMANDS, shortcutLabel } from '../../../shared/commands';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { EDITOR_SHORTCUTS } from '../editor/shortcuts';
import { isMac, useCommands } from './commands';

/** Help → Keyboard shortcuts: every command that has one, from the same list as the menu. */
export function ShortcutsDialog() {
  const { shortcutsOpen, setShortcutsOpen } = useCommands();
  const rows = COMMANDS.filter((c) => 'shortcut' in c && c.shortcut);
  return (
    <Dialog
      title="Keyboard shortcuts"
      isOpen={shortcutsOpen}
      onClose={() => setShortcutsOpen(false)}
      footer={
        <Button variant="primary" onPress={() => setShortcutsOpen(false)}>
          Close
        </Button>
      }
    >
      <table className="shortcuts">
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <td>{c.label}</td>
              <td>
                <kbd>{'shortcut' in c && c.shortcut ? shortcutLabel(c.shortcut, isMac) : ''}</kbd>
              </td>
            </tr>
          ))}
          <tr>
            <td>Move between rows of a list</td>
            <td>
              <kbd>↑</kbd> <kbd>↓</kbd>
            </td>
          </tr>
          <tr>
            <td>Close what opened last</td>
            <td>
              <kbd>Esc</kbd>
            </td>
          </tr>
        </tbody>
      </table>
      <h3 className="shortcuts-heading">In the text of a document or snippet</h3>
      <table className="shortcuts">
        <tbody>
          {EDITOR_SHORTCUTS.map((s) => (
            <tr key={s.label}>
              <td>{s.label}</td>
              <td>
                <kbd>{shortcutLabel(s.shortcut, isMac)}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
