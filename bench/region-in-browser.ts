import { buildRegion } from './synthetic';

declare global {
  interface Window {
    __loadRegion(): Promise<Record<string, number>>;
  }
}

/**
 * Runs in the page (bench only): replaces the embedded backend's demo data with a whole region,
 * straight through IndexedDB, in one transaction.
 */
window.__loadRegion = async () => {
  const region = buildRegion();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('kompass');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tables: Record<string, unknown[]> = {
    organisations: [region.organisation],
    departments: region.departments,
    members: region.members,
    plans: region.plans,
    focusAreas: region.focusAreas,
    goals: region.goals,
    indicators: region.indicators,
    activities: region.activities,
    measurements: region.measurements,
    periods: region.periods,
    reports: region.reports,
    audit: region.audit,
  };
  const names = [...Object.keys(tables), 'meta'].filter((n) => db.objectStoreNames.contains(n));
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(names, 'readwrite');
    for (const name of names) {
      const store = tx.objectStore(name);
      store.clear();
      for (const record of tables[name] ?? []) store.put(record);
    }
    tx.objectStore('meta').put({ key: 'seededAt', value: new Date().toISOString() });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
};
