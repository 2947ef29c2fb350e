import { evaluationJsonSchema, formatMoney, formatMonths, formatPercent, formatRatio, toDecimal } from '@sroi/core';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

describe('display formats', () => {
  it('formats money to the penny, half away from zero, with separators', () => {
    expect(formatMoney(toDecimal('89554.925'))).toBe('£89,554.93');
    expect(formatMoney(toDecimal('-1234567.5'), 'EUR')).toBe('-€1,234,567.50');
    expect(formatMoney(toDecimal('12'), 'NOK')).toBe('NOK 12.00');
  });

  it('formats ratios as practitioners write them', () => {
    expect(formatRatio(toDecimal('3.875'))).toBe('3.88 : 1');
    expect(formatRatio(toDecimal('1234.5'))).toBe('1,234.50 : 1');
    expect(formatRatio(null)).toBe('n/a');
  });

  it('formats shares and months', () => {
    expect(formatPercent(toDecimal('0.255'))).toBe('25.5%');
    expect(formatMonths(toDecimal('11.1111'))).toBe('11.1 months');
    expect(formatMonths(null)).toBe('n/a');
  });
});

describe('numbers from spreadsheets', () => {
  it('takes doubles at 15 significant digits, so 0.1 + 0.2 is 0.3', () => {
    expect(toDecimal(0.1 + 0.2).toString()).toBe('0.3');
    expect(toDecimal(1 / 3).toString()).toBe('0.333333333333333');
    expect(toDecimal('0.30000000000000004').toString()).toBe('0.30000000000000004');
  });
});

describe('the JSON Schema', () => {
  const schema = evaluationJsonSchema() as {
    required: string[];
    properties: Record<string, { items?: { properties: Record<string, unknown>; required: string[] } }>;
  };

  it('is generated from the validating definition, with the model’s field names', () => {
    expect(schema.required).toEqual(['name', 'stakeholders', 'inputs', 'outcomes']);
    const outcome = schema.properties['outcomes']?.items;
    expect(Object.keys(outcome?.properties ?? {})).toEqual(
      expect.arrayContaining([
        'quantity',
        'proxy',
        'deadweight',
        'displacement',
        'attribution',
        'dropOff',
        'duration',
        'startYear',
      ]),
    );
    expect(outcome?.required).toEqual(['id', 'stakeholder', 'description', 'proxy', 'duration']);
  });

  it('ships in the built package as evaluation.schema.json, identical to the generated one', () => {
    const shipped = join(__dirname, '../../packages/core/dist/evaluation.schema.json');
    if (!existsSync(shipped)) throw new Error('packages/core/dist is not built: run npm run build');
    expect(JSON.parse(readFileSync(shipped, 'utf8'))).toEqual(evaluationJsonSchema());
  });
});
