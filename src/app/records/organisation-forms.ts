import { Member, ROLES } from '../domain/model';
import { validateDepartment, validateMember, validatePeriod } from '../domain/validation';
import { EntityForm, text, list, activeDepartments } from './entity-form';

/** The forms of the organisation: departments, people and follow-up periods. */
export const DEPARTMENT_FORM: EntityForm<'departments'> = {
  kind: 'departments',
  titleField: 'name',
  fields: [
    { name: 'name', type: 'text', wide: true },
    { name: 'shortName', type: 'text', hint: true },
    { name: 'active', type: 'checkbox', hint: true },
  ],
  toValues: (department) => ({
    name: department?.name ?? '',
    shortName: department?.shortName ?? '',
    active: department?.active ?? true,
  }),
  toDraft: (values) => ({
    draft: {
      name: text(values, 'name').trim(),
      shortName: text(values, 'shortName').trim(),
      active: values['active'] === true,
    },
    errors: {},
  }),
  validate: validateDepartment,
  unique: { field: 'name' },
  backUrl: () => '/admin',
};

export const MEMBER_FORM: EntityForm<'members'> = {
  kind: 'members',
  titleField: 'name',
  fields: [
    { name: 'name', type: 'text' },
    { name: 'email', type: 'text' },
    { name: 'title', type: 'text' },
    {
      name: 'roles',
      type: 'multiselect',
      hint: true,
      options: () => ROLES.map((r) => ({ value: r, labelKey: `roles.${r}` })),
    },
    { name: 'departmentIds', type: 'multiselect', hint: true, options: activeDepartments },
    { name: 'active', type: 'checkbox', hint: true },
  ],
  toValues: (member) => ({
    name: member?.name ?? '',
    email: member?.email ?? '',
    title: member?.title ?? '',
    roles: member?.roles ?? [],
    departmentIds: member?.departmentIds ?? [],
    active: member?.active ?? true,
  }),
  toDraft: (values) => ({
    draft: {
      name: text(values, 'name').trim(),
      email: text(values, 'email').trim().toLowerCase(),
      title: text(values, 'title').trim(),
      roles: list(values, 'roles') as Member['roles'],
      departmentIds: list(values, 'departmentIds'),
      active: values['active'] === true,
    },
    errors: {},
  }),
  validate: validateMember,
  unique: { field: 'email' },
  backUrl: () => '/admin',
};

/** A custom follow-up period (the standard cycle is created in one action on the periods page). */
export const PERIOD_FORM: EntityForm<'periods'> = {
  kind: 'periods',
  titleField: 'name',
  fields: [
    { name: 'name', type: 'text', wide: true, hint: true },
    { name: 'startsOn', type: 'date' },
    { name: 'endsOn', type: 'date' },
    { name: 'opensOn', type: 'date', hint: true },
    { name: 'deadline', type: 'date' },
  ],
  toValues: (period) => ({
    name: period?.name ?? '',
    startsOn: period?.startsOn ?? '',
    endsOn: period?.endsOn ?? '',
    opensOn: period?.opensOn ?? '',
    deadline: period?.deadline ?? '',
  }),
  toDraft: (values, _context, existing) => {
    const startsOn = text(values, 'startsOn').trim();
    return {
      draft: {
        name: text(values, 'name').trim(),
        kind: existing?.kind ?? 'custom',
        year: Number(startsOn.slice(0, 4)) || (null as unknown as number),
        startsOn,
        endsOn: text(values, 'endsOn').trim(),
        opensOn: text(values, 'opensOn').trim(),
        deadline: text(values, 'deadline').trim(),
        state: existing?.state ?? 'planned',
      },
      errors: {},
    };
  },
  validate: (period) => {
    const errors = validatePeriod(period);
    // The year follows from the start date; a missing start says so there, not on a hidden field.
    if (errors['year'] && !errors['startsOn']) errors['startsOn'] = errors['year'];
    delete errors['year'];
    return errors;
  },
  unique: { field: 'name' },
  backUrl: () => '/periods',
};
