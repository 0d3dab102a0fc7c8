/**
 * JSON Schema validation of the data files (policy models, terms), by ajv — compiled once, on
 * first use (ajv costs start-up, and most runs validate nothing).
 */

export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

export type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** A function giving the schema's validator, compiled the first time it is asked for. */
export function lazyValidator(schema: object): () => Promise<Validator> {
  let validator: Validator | undefined;
  return async () => {
    if (!validator) {
      const mod = (await import('ajv/dist/2020.js')) as unknown as { default: new (o: object) => { compile(s: object): Validator } };
      validator = new mod.default({ allErrors: false, strict: false }).compile(schema);
    }
    return validator;
  };
}

/** An error's place as a field path: `/coverages/0/sum` → `coverages[0].sum`; undefined for the root. */
export function fieldOf(instancePath: string): string | undefined {
  if (!instancePath) return undefined;
  return instancePath
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}
