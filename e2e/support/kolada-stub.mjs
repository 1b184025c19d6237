// A stand-in for Kolada's API (v3) on the loopback interface, for the e2e tests: answers shaped
// as Kolada documents them (README, "Kolada"), with what a real fetch meets — several pages linked
// by next_url (naming Kolada's own host, as Kolada does), a "Missing" value, a deleted row, a 429
// before the first answer of each query, a server that keeps failing (N99500), an answer that is
// not JSON (N99501), KPIs Kolada does not have (any not listed), and, after POST /__revise, the
// latest year of N00945 revised; and a few municipality groups to choose from. Values are computed from the KPI, place and year, so every run gives the same.
//   node e2e/support/kolada-stub.mjs --port 4305
import { createServer } from 'node:http';

const portArg = process.argv.indexOf('--port');
const port = Number(portArg > -1 ? process.argv[portArg + 1] : 4305);
/** Rows per page: small, so a fetch follows several pages. */
const PAGE = 4;

const KPIS = {
  N18424: 'Andel invånare med utländsk bakgrund som är förvärvsarbetande',
  N15428: 'Andel elever i åk 9 som är behöriga till yrkesprogram',
  N00945: 'Andel deltagare i arbete eller studier efter avslutad insats',
  N31807: 'Andel nyanlända som deltagit i samhällsorientering',
  N00402: 'Andel kvinnor bland chefer i kommunen',
  N17461: 'Andel unga som varken arbetar eller studerar',
  N15504: 'Andel gymnasieelever med examen inom 4 år',
  N00090: 'Andel invånare som känner sig trygga',
  N99500: 'Nyckeltal vars server alltid fallerar',
  N99501: 'Nyckeltal vars svar inte är JSON',
};
/** Municipality groups (`/v3/municipality_groups?title=`), with their members as Kolada lists them. */
const GROUPS = [
  {
    id: 'G124026',
    title: 'Liknande kommuner, Halmstad (stub)',
    members: [{ id: '1380', title: 'Halmstad' }],
  },
  { id: 'G124027', title: 'Liknande kommuner, Kalmar (stub)', members: [{ id: '0880', title: 'Kalmar' }] },
  { id: 'G33919', title: 'Större städer (stub)', members: [{ id: '1380', title: 'Halmstad' }] },
];
let revised = false;
const seen = new Set();

/** A number from text, the same every time: 20,0 to 79,9. */
function value(...parts) {
  let hash = 7;
  for (const c of parts.join('|')) hash = (hash * 31 + c.charCodeAt(0)) % 100_003;
  return 20 + (hash % 600) / 10;
}

function kpiRow(id) {
  return {
    id,
    title: KPIS[id],
    description: `${KPIS[id]}. Källa: SCB.`,
    is_divided_by_gender: true,
    publication_date: '2026-04-15',
    municipality_type: 'K',
  };
}

function dataRows(kpis, places, years) {
  const rows = [];
  for (const kpi of kpis)
    for (const municipality of places)
      for (const period of years) {
        const women =
          value(kpi, municipality, period, 'K') +
          (revised && kpi === 'N00945' && period === Math.max(...years) ? 1.5 : 0);
        const men = value(kpi, municipality, period, 'M');
        rows.push({
          kpi,
          municipality,
          period,
          values: [
            { count: 1, gender: 'T', status: '', value: Math.round(((women + men) / 2) * 10) / 10 },
            { count: 1, gender: 'K', status: '', value: Math.round(women * 10) / 10 },
            // The earliest year's value for men is not published.
            period === Math.min(...years) && kpi === 'N00945'
              ? { count: 1, gender: 'M', status: 'Missing', value: null }
              : { count: 1, gender: 'M', status: '', value: Math.round(men * 10) / 10 },
          ],
        });
      }
  // A row Kolada has taken back.
  rows.push({ kpi: kpis[0], municipality: places[0], period: 1999, isdeleted: true, values: [] });
  return rows;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Access-Control-Allow-Origin': '*',
    ...headers,
  });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

createServer((req, res) => {
  const url = new URL(req.url, `http://127.0.0.1:${port}`);
  if (req.method === 'OPTIONS') return send(res, 204, '', { 'Access-Control-Allow-Headers': 'Accept' });
  if (req.method === 'POST' && url.pathname === '/__revise') {
    revised = true;
    return send(res, 200, { revised });
  }
  if (req.method === 'POST' && url.pathname === '/__reset') {
    revised = false;
    seen.clear();
    return send(res, 200, { revised });
  }
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts[0] !== 'v3') return send(res, 404, { error: 'not found' });
  if (parts[1] === 'kpi') {
    if (parts[2])
      return send(res, 200, {
        count: 0,
        values: parts[2]
          .split(',')
          .filter((id) => KPIS[id])
          .map(kpiRow),
      });
    const title = (url.searchParams.get('title') ?? '').toLocaleLowerCase('sv');
    const found = Object.keys(KPIS).filter((id) => KPIS[id].toLocaleLowerCase('sv').includes(title));
    return send(res, 200, { count: found.length, values: found.map(kpiRow) });
  }
  if (parts[1] === 'municipality_groups') {
    const title = (url.searchParams.get('title') ?? '').toLocaleLowerCase('sv');
    const found = GROUPS.filter((g) => g.title.toLocaleLowerCase('sv').includes(title));
    return send(res, 200, { count: found.length, values: found });
  }
  if (parts[1] === 'data' && parts[2] === 'kpi' && parts[4] === 'municipality' && parts[6] === 'year') {
    const kpis = parts[3].split(',');
    if (kpis.includes('N99500')) return send(res, 500, { error: 'internal' }, { 'Retry-After': '1' });
    if (kpis.includes('N99501')) return send(res, 200, '<html><body>Underhåll pågår</body></html>');
    const query = `${parts.slice(0, 8).join('/')}`;
    // Rate limited once per query, as a busy Kolada would.
    if (!seen.has(query)) {
      seen.add(query);
      return send(res, 429, { error: 'too many requests' }, { 'Retry-After': '1' });
    }
    const rows = dataRows(kpis, parts[5].split(','), parts[7].split(',').map(Number));
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = rows.slice((page - 1) * PAGE, page * PAGE);
    const more = page * PAGE < rows.length;
    return send(res, 200, {
      count: slice.length,
      values: slice,
      ...(more ? { next_url: `https://api.kolada.se/${query}?page=${page + 1}&per_page=${PAGE}` } : {}),
    });
  }
  return send(res, 404, { error: 'not found' });
}).listen(port, '127.0.0.1', () => console.log(`Kolada stub at http://127.0.0.1:${port}/v3`));
