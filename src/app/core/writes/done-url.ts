/** Where to go after a save: `:created` in the address stands for the record just created. */
export function doneUrlFor(doneUrl: string | null, createdId: string | null): string | null {
  if (!doneUrl) return null;
  return createdId ? doneUrl.replace(':created', createdId) : doneUrl.replace(/#[^#]*:created$/, '');
}
