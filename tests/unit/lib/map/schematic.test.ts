import { describe, expect, test } from 'vitest';
import { COUNTRY_VIEW, inView, project, ringsPath, viewAround } from '../../../../src/lib/map/schematic.ts';

describe('project', () => {
  test('puts the country in its view: west and north edges at 0, east of Almaty inside', () => {
    expect(project(56, 46)).toEqual([0, 0]);
    const almaty = project(43.24, 76.89);
    expect(inView(COUNTRY_VIEW, almaty)).toBe(true);
    // North is up: Astana (51.2°) above Almaty (43.2°).
    expect(project(51.17, 71.43)[1]).toBeLessThan(almaty[1]);
  });
});

describe('viewAround', () => {
  test('one point: a view of the minimum width, centred on it, with the country proportions', () => {
    const at = project(50, 70);
    const view = viewAround([at], 90);
    expect(view.width).toBe(90);
    expect(view.height / view.width).toBeCloseTo(COUNTRY_VIEW.height / COUNTRY_VIEW.width, 2);
    expect(view.x + view.width / 2).toBeCloseTo(at[0], 0);
    expect(inView(view, at)).toBe(true);
  });

  test('points spread wider than the country: the whole country', () => {
    expect(viewAround([project(55, 47), project(41, 86)])).toEqual(COUNTRY_VIEW);
  });

  test('no points: the whole country', () => {
    expect(viewAround([])).toEqual(COUNTRY_VIEW);
  });
});

describe('ringsPath', () => {
  test('draws each ring closed, repeated points merged', () => {
    expect(
      ringsPath([
        [
          [46, 56],
          [46, 56],
          [47, 56],
          [47, 55],
        ],
      ]),
    ).toBe(`M0 0L${project(56, 47).join(' ')}L${project(55, 47).join(' ')}Z`);
  });
});
