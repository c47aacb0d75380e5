import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  COMMAND_CHANNEL,
  FILE_CHANNELS,
  IPC_CHANNEL,
  type DossierBridge,
} from '../../src/shared/client';
import type { CommandId } from '../../src/shared/commands';
import { fake } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let bridge: DossierBridge;

beforeAll(async () => {
  fake.reset();
  await import('../../src/preload/index');
  bridge = fake.exposed.get('dossier') as DossierBridge;
});

describe('the preload bridge', () => {
  it('exposes window.dossier: call, the file door and onCommand', () => {
    expect([...fake.exposed.keys()]).toEqual(['dossier']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'files', 'onCommand']);
    expect(Object.keys(bridge.files).sort()).toEqual([
      'open',
      'openFile',
      'openLibrary',
      'save',
      'showInFolder',
    ]);
  });

  it('sends each call on its channel', async () => {
    fake.invoked = [];
    await bridge.call('library.info', {});
    const save = { method: 'library.export', params: {}, suggestedName: 'l.json' } as const;
    await bridge.files.save(save);
    await bridge.files.open({ method: 'library.import', params: {} });
    await bridge.files.showInFolder('/tmp/x');
    await bridge.files.openFile('/tmp/x');
    await bridge.files.openLibrary?.();
    expect(fake.invoked).toEqual([
      { channel: IPC_CHANNEL, args: ['library.info', {}] },
      { channel: FILE_CHANNELS.save, args: [save] },
      { channel: FILE_CHANNELS.open, args: [{ method: 'library.import', params: {} }] },
      { channel: FILE_CHANNELS.showInFolder, args: ['/tmp/x'] },
      { channel: FILE_CHANNELS.openFile, args: ['/tmp/x'] },
      { channel: FILE_CHANNELS.openLibrary, args: [] },
    ]);
  });

  it('hands the menu’s commands to the listener until it unsubscribes', () => {
    const heard: CommandId[] = [];
    const stop = bridge.onCommand((id) => heard.push(id));
    fake.rendererEvents.emit(COMMAND_CHANNEL, {}, 'go.cases');
    fake.rendererEvents.emit(COMMAND_CHANNEL, {}, 'not.a.command');
    fake.rendererEvents.emit(COMMAND_CHANNEL, {}, 42);
    expect(heard).toEqual(['go.cases']);

    stop();
    fake.rendererEvents.emit(COMMAND_CHANNEL, {}, 'library.lock');
    expect(heard).toEqual(['go.cases']);
    expect(fake.rendererEvents.listenerCount(COMMAND_CHANNEL)).toBe(0);
  });
});
