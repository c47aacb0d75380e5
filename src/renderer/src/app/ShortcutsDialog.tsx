import { COMMANDS, shortcutLabel } from '../../../shared/commands';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
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
    </Dialog>
  );
}
