/** The Swedish names of the goal statuses, as the status chips show them (sv.json "status"). */
export const STATUS_SV: Record<string, string> = {
  'not-started': 'Arbetet ej påbörjat',
  'on-track': 'Enligt plan',
  'at-risk': 'Risk för avvikelse',
  'off-track': 'Avvikelse',
  completed: 'Genomförd',
  'not-reported': 'Ej rapporterad',
};
