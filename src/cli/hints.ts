import type { DossierError, NextStep } from '../shared/errors';

/** What to run next, as the `dossier` command says it. */
export function cliHint(next: NextStep, err: DossierError): string {
  switch (next.do) {
    case 'create-library':
      return 'Create one with "dossier init" (add --demo for the demo library), or choose another file with --library.';
    case 'choose-library':
      return 'Choose another file with --library.';
    case 'give-passphrase':
      return 'dossier asks for it on a terminal, or reads it from DOSSIER_PASSPHRASE.';
    case 'restore-backup':
      return `Run "dossier backups restore ${next.backup}".`;
    case 'list-backups':
      return 'See "dossier backups list", then "dossier backups restore NAME".';
    case 'list-templates':
      return 'See "dossier templates list".';
    case 'encrypt-library':
      return 'Run "dossier encrypt".';
    case 'change-passphrase':
      return 'Run "dossier passphrase".';
    case 'check-document':
      return `See "dossier doc check ${next.documentId}"${next.forceAllowed ? ', or export anyway with --force' : ''}.`;
    case 'confirm-overwrite':
      return err.message.includes('--overwrite') ? '' : 'Add --overwrite to replace it.';
    case 'choose-file':
    case 'close-other-program':
      return '';
  }
}

/** An error as the command prints it: the backend's words, then the command to run. */
export function cliMessage(err: DossierError): string {
  const hint = err.next === undefined ? '' : cliHint(err.next, err);
  const said = hint === '' ? err.message : `${err.message} ${hint}`;
  // Every problem of a file, one per line, to work through in an editor.
  const list = (err.problems ?? []).map((p) => `\n  ${p.place}: ${p.message}`).join('');
  return said + list;
}
