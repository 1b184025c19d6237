import { Action } from './policy';
import { FieldErrors } from './validation';

/** Errors a backend raises; the UI turns each into a clear message. */
export abstract class DomainError extends Error {
  abstract readonly code:
    'validation' | 'permission' | 'conflict' | 'not-found' | 'transition' | 'batch' | 'sign-in' | 'too-often';
}

/** Input broke one or more rules; nothing was written. */
export class ValidationFailed extends DomainError {
  readonly code = 'validation';
  constructor(readonly fieldErrors: FieldErrors) {
    super(`Validation failed: ${Object.keys(fieldErrors).join(', ')}`);
  }
}

/** The policy refused the action for the signed-in person. */
export class PermissionDenied extends DomainError {
  readonly code = 'permission';
  constructor(
    readonly action: Action | 'sign-in',
    readonly kind: string,
  ) {
    super(`Not allowed: ${action} ${kind}`);
  }
}

/** The record changed since the version the write was based on; nothing was overwritten. */
export class VersionConflict extends DomainError {
  readonly code = 'conflict';
  constructor(
    readonly changedByName: string,
    readonly changedAt: string,
    readonly currentVersion: number,
    readonly current: unknown,
  ) {
    super(`Changed by ${changedByName} at ${changedAt} (version ${currentVersion})`);
  }
}

export class NotFound extends DomainError {
  readonly code = 'not-found';
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`${kind} ${id} not found`);
  }
}

/** A workflow step that the report's current state does not allow. */
export class InvalidTransition extends DomainError {
  readonly code = 'transition';
  constructor(
    readonly from: string,
    readonly transition: string,
  ) {
    super(`Cannot ${transition} a ${from} report`);
  }
}

/** The same period of a plan was published too many times within the hour (`publishedTooOften`). */
export class PublishedTooOften extends DomainError {
  readonly code = 'too-often';
  constructor(readonly max: number) {
    super('Published too often this hour');
    this.name = 'PublishedTooOften';
  }
}

/** One write of a batch was refused, so none of the batch was written. */
export class BatchFailed extends DomainError {
  readonly code = 'batch';
  constructor(
    readonly index: number,
    readonly reason: unknown,
  ) {
    super(
      `Write ${index + 1} of the batch refused: ${reason instanceof Error ? reason.message : String(reason)}`,
    );
  }
}

/** Why an account sign-in failed, said to the person in their language. */
export type SignInProblem =
  'wrong-credentials' | 'too-many-attempts' | 'network' | 'popup-closed' | 'not-available' | 'unknown';

export class SignInFailed extends DomainError {
  readonly code = 'sign-in';
  constructor(readonly problem: SignInProblem) {
    super(`Sign-in failed: ${problem}`);
    this.name = 'SignInFailed';
  }
}
