/** A translation key with parameters, ready for the transloco pipe. */
export interface Message {
  key: string;
  params: Record<string, string | number>;
}
