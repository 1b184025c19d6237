/**
 * How much the slow-machine project slows the CPU (Chromium's throttling rate). Its waits scale
 * with it (playwright.config.ts): they wait for states, and a state takes this much longer to come.
 */
export const CPU_SLOWDOWN = 6;
