import { StorageProblem, storageProblem } from '../../data-access/storage-problem';
import { ConfigError } from './runtime-config';

/** Why the app could not start: its configuration, or the browser's storage. */
export type StartupProblem = StorageProblem | 'config-missing' | 'config-unreadable' | 'config-invalid';

export function startupProblem(error: unknown): StartupProblem {
  if (error instanceof ConfigError) return `config-${error.problem}`;
  return storageProblem(error);
}
