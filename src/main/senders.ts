import type { IpcMainInvokeEvent } from 'electron';
import type { Result } from '../shared/errors';

/** Whether an IPC message came from the app's own page (not another page, not a frame in it). */
export function fromAppPage(
  event: IpcMainInvokeEvent,
  isAppPage: (url: string) => boolean,
): boolean {
  const frame = event.senderFrame;
  return frame != null && isAppPage(frame.url);
}

/** A refusal as the window reads every error: a Result, with what was wrong in words. */
export function refused(message: string): Result<never> {
  return { ok: false, error: { code: 'invalid_input', message } };
}

export const NOT_FROM_APP = 'Call refused: it did not come from the app.';

/** A plain object (not null, not an array): what params and requests must be. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
