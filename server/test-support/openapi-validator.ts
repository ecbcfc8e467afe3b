/**
 * Validates real responses against docs/scan-api.openapi.json (tests only), so the documented
 * contract and the server cannot drift: an undocumented status, a missing documented header or a
 * body off its schema fails the test that made the request.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;
const DOC_PATH = fileURLToPath(new URL('../../docs/scan-api.openapi.json', import.meta.url));

/** The OpenAPI document, parsed. */
export const openApiDoc = JSON.parse(readFileSync(DOC_PATH, 'utf8')) as { paths: Record<string, Record<string, Json>>; components: Json };

const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
(addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
ajv.addSchema(openApiDoc, 'scan-api');

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** The documented path template matching a concrete path (`/api/v1/scans/s-1/jobs` → `/api/v1/scans/{id}/jobs`). */
export function templateFor(path: string): string | undefined {
  const got = path.split('/');
  return Object.keys(openApiDoc.paths).find((template) => {
    const want = template.split('/');
    return want.length === got.length && want.every((w, i) => w.startsWith('{') || w === got[i]);
  });
}

function resolveResponse(response: Json): { json: Json; base: string } {
  const ref = response.$ref as string | undefined;
  if (!ref) return { json: response, base: '' };
  const name = ref.split('/').pop()!;
  return { json: (openApiDoc.components.responses as Record<string, Json>)[name]!, base: pointer('components', 'responses', name) };
}

export interface CheckedResponse {
  method: string;
  /** Path as requested (under /api/v1; the dashboard mount /app/api/v1 is checked as /api/v1). */
  path: string;
  status: number;
  headers: Headers;
  text: string;
}

/** Throws with a readable message when the response does not match the document. */
export function assertMatchesOpenApi(r: CheckedResponse): void {
  const path = r.path.replace(/^\/app\/api\/v1\//, '/api/v1/').split('?')[0]!;
  const template = templateFor(path);
  if (!template) throw new Error(`undocumented path ${path}`);
  const operation = openApiDoc.paths[template]![r.method.toLowerCase()] as Json | undefined;
  if (!operation) throw new Error(`undocumented operation ${r.method} ${template}`);
  const documented = (operation.responses as Record<string, Json>)[String(r.status)];
  if (!documented) throw new Error(`${r.method} ${template}: undocumented status ${r.status}`);
  const { json: response, base } = resolveResponse(documented);
  for (const header of Object.keys((response.headers as Json | undefined) ?? {})) {
    if (header !== 'WWW-Authenticate' && header !== 'Location' && !r.headers.has(header)) throw new Error(`${r.method} ${template} ${r.status}: missing header ${header}`);
  }
  if (!response.content) {
    if (r.text !== '') throw new Error(`${r.method} ${template} ${r.status}: expected no body`);
    return;
  }
  const schemaRef = `scan-api#/${base || pointer('paths', template, r.method.toLowerCase(), 'responses', String(r.status))}/${pointer('content', 'application/json', 'schema')}`;
  const validate = ajv.getSchema(schemaRef);
  if (!validate) throw new Error(`no schema at ${schemaRef}`);
  if (!validate(JSON.parse(r.text))) {
    throw new Error(`${r.method} ${template} ${r.status}: body off schema: ${ajv.errorsText(validate.errors)}`);
  }
}
