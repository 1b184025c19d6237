import { GoalStatus } from '../../domain/model';

/**
 * Status colours for charts: the Okabe–Ito colour-blind-safe palette, the same hues as the status
 * chips; charts always have a table with the status names beside them.
 */
export const STATUS_COLORS: Record<GoalStatus, string> = {
  'not-started': '#8c8c8c',
  'on-track': '#009e73',
  'at-risk': '#e69f00',
  'off-track': '#d55e00',
  completed: '#0072b2',
  'not-reported': '#cccccc',
};

/** Women and men in charts (Okabe–Ito orange and blue: told apart with any colour vision). */
export const GENDER_COLORS = { women: '#d55e00', men: '#0072b2' } as const;
