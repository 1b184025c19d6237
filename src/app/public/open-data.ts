import { ExportTable, fileSlug } from '../shared/files/export';
import { PublicSnapshot } from '../domain/public-snapshot';
import { PublicNumber } from '../domain/public-figures';

/**
 * A published snapshot as open-data tables (CSV): its goals, its indicator values and its
 * activities, with the same figures as the page — a small count as its text, never the number.
 */
export function openDataTables(snapshot: PublicSnapshot, t: (key: string) => string): ExportTable[] {
  const figure = (value: PublicNumber): string | number | null =>
    value === 'fewer-than-5' ? t('public.fewerThan5') : value === 'withheld' ? t('public.withheld') : value;
  const area = new Map(snapshot.focusAreas.map((a) => [a.id, a.title]));
  const goal = new Map(snapshot.goals.map((g) => [g.id, g.title]));
  return [
    {
      name: t('public.goals'),
      header: [
        t('public.focusArea'),
        t('public.goal'),
        t('public.lead'),
        t('public.status'),
        t('public.progress'),
      ],
      rows: snapshot.goals.map((g) => [
        area.get(g.focusAreaId) ?? '',
        g.title,
        g.leadDepartment,
        t(`status.${g.status}`),
        g.progress,
      ]),
    },
    {
      name: t('public.indicators'),
      header: [
        t('public.goal'),
        t('public.indicator'),
        t('public.unit'),
        t('public.women'),
        t('public.men'),
        t('public.valueTotal'),
        t('public.gap'),
      ],
      rows: snapshot.indicators.map((i) => [
        goal.get(i.goalId) ?? '',
        i.name,
        i.unit,
        figure(i.figures?.women ?? null),
        figure(i.figures?.men ?? null),
        figure(i.figures?.total ?? null),
        i.figures?.gap ?? null,
      ]),
    },
    {
      name: t('public.activities'),
      header: [t('public.goal'), t('public.activity'), t('public.responsible'), t('public.status')],
      rows: snapshot.activities.map((a) => [
        goal.get(a.goalId) ?? '',
        a.title,
        a.responsibleDepartment,
        t(`status.${a.status}`),
      ]),
    },
  ];
}

/** `integrationsplan-delar-2026-v2`: the file name of a snapshot's downloads, without extension. */
export function openDataFileName(snapshot: PublicSnapshot, periodName: string): string {
  return `${fileSlug(snapshot.plan.title)}-${fileSlug(periodName)}-v${snapshot.version}`;
}
