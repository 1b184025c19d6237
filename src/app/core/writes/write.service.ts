import { inject, Injectable } from '@angular/core';
import { RECORDS, WriteOp } from '../../data-access/backend';
import { BatchFailed, ValidationFailed } from '../../domain/errors';
import { errorMessage } from '../errors/error-message';
import { formatDateTime } from '../i18n/format';
import { WriteFailure } from './write-outcome';

/**
 * Turns the writes a feature's effects worked out from a page's event into port calls: one write
 * through its own call (its error is the plain one), several as one batch (all or none).
 */
@Injectable({ providedIn: 'root' })
export class WriteService {
  private readonly records = inject(RECORDS);

  /** Resolves with the id of a single record created (for the page to go to), else null. */
  async save(writes: readonly WriteOp[]): Promise<string | null> {
    if (writes.length !== 1) {
      await this.records.batch(writes);
      return null;
    }
    const [w] = writes;
    if (w.op === 'create') return (await this.records.create<typeof w.kind>(w.kind, w.draft)).id;
    if (w.op === 'update') await this.records.update<typeof w.kind>(w.kind, w.id, w.expectedVersion, w.patch);
    else await this.records.remove(w.kind, w.id, w.expectedVersion);
    return null;
  }

  /** What the page says of a refusal: the message, the fields, and which write of several. */
  failureOf(error: unknown): WriteFailure {
    const reason = error instanceof BatchFailed ? error.reason : error;
    return {
      message: errorMessage(error, formatDateTime),
      fieldErrors: reason instanceof ValidationFailed ? reason.fieldErrors : {},
      index: error instanceof BatchFailed ? error.index : null,
    };
  }
}
