// What scripts/import-data.mjs needs from the app's own code (bundled with esbuild when it runs).
export { readExport, exportDocuments } from '../src/app/domain/data-export';
export { summariesOf } from '../src/app/domain/plan-summary';
export { outlinesOf } from '../src/app/domain/goal-outline';
export { timesForImport } from '../src/app/data-access/firebase/stored-times';
export { withCurrentShape } from '../src/app/domain/data-export';
export { syncAccess } from '../src/app/data-access/firebase/access-sync';
export { accessAuthOf } from '../functions/src/admin-adapters';
export { reportedGoalsOf } from '../src/app/data-access/firebase/reported-goals';
