import { MeasurementWrite } from '../../domain/kolada-import';
import { WriteOp } from '../backend';

/** Values from Kolada (fetched or from a file) as writes: a new value is created, a known one updated. */
export function koladaWrites(values: readonly MeasurementWrite[]): WriteOp[] {
  return values.map(({ draft, existing }): WriteOp => {
    if (!existing) return { op: 'create', kind: 'measurements', draft };
    const { id: _id, ...patch } = draft;
    void _id;
    return { op: 'update', kind: 'measurements', id: existing.id, expectedVersion: existing.version, patch };
  });
}
