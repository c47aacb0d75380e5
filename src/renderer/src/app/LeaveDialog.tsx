import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { cancelLeave, confirmLeave, usePendingLeave } from './location';

/** Asks before unsaved changes are thrown away by moving to another screen. */
export function LeaveDialog() {
  const pending = usePendingLeave();
  return (
    <Dialog
      title="Leave without saving?"
      role="alertdialog"
      isOpen={pending !== null}
      onClose={cancelLeave}
      footer={
        <>
          <Button variant="primary" onPress={cancelLeave} autoFocus>
            Stay and keep editing
          </Button>
          <Button variant="danger" onPress={confirmLeave}>
            Discard changes
          </Button>
        </>
      }
    >
      <p>This form has changes that are not saved yet. If you leave now, they are lost.</p>
    </Dialog>
  );
}
