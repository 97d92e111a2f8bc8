export * from './act.ts';
export * from './calendar.ts';
export * from './office.ts';
export * from './place.ts';
export * from './report.ts';
export * from './russian-names.ts';
export * from './service.ts';
export * from './source.ts';
