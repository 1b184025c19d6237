import {
  BatchFailed,
  DomainError,
  PublishedTooOften,
  SignInFailed,
  VersionConflict,
} from '../../domain/errors';
import { FieldError } from '../../domain/validation';
import { Message } from '../../shared/ui/message';
import { formatMessageParams } from '../i18n/format';
import { isStorageFull } from '../../data-access/storage-problem';

/** The message for a field error (`validation.<code>`). */
export function fieldMessage(error: FieldError): Message {
  const locale =
    typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en-GB' : 'sv-SE';
  return { key: `validation.${error.code}`, params: formatMessageParams(error.params ?? {}, locale) };
}

/**
 * The message for anything a backend call threw. Conflicts name who changed the record and when,
 * formatted by the caller's `formatTime`.
 */
export function errorMessage(error: unknown, formatTime: (iso: string) => string = (iso) => iso): Message {
  if (error instanceof BatchFailed) return errorMessage(error.reason, formatTime);
  if (isStorageFull(error)) return { key: 'errors.storageFull', params: {} };
  if (error instanceof VersionConflict) {
    return { key: 'errors.conflict', params: { name: error.changedByName, at: formatTime(error.changedAt) } };
  }
  if (error instanceof SignInFailed) return { key: `signIn.problem.${error.problem}`, params: {} };
  if (error instanceof PublishedTooOften)
    return { key: 'errors.publishedTooOften', params: { max: String(error.max) } };
  if (error instanceof DomainError) {
    const key = {
      permission: 'errors.permission',
      'not-found': 'errors.notFound',
      transition: 'errors.transition',
      validation: 'errors.validation',
      conflict: 'errors.conflict',
      batch: 'errors.unknown',
      'sign-in': 'errors.unknown',
      'too-often': 'errors.publishedTooOften',
    }[error.code];
    return { key, params: {} };
  }
  return {
    key: 'errors.unknown',
    params: { message: error instanceof Error ? error.message : String(error) },
  };
}
