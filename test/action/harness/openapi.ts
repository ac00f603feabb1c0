import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * GitHub's published REST description (@octokit/openapi, api.github.com, dereferenced) as a route table:
 * find an operation by method and concrete path, validate requests and responses against it.
 */

const require = createRequire(import.meta.url);

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Record<string, unknown>;
}

/** One REST operation of the description. */
export interface Operation {
  operationId: string;
  method: string;
  template: string;
  parameters: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema?: object; examples?: Record<string, { value: unknown }> }> }>;
}

interface Route {
  regex: RegExp;
  names: string[];
  operation: Operation;
}

let routes: Route[] | undefined;
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const compiled = new WeakMap<object, ValidateFunction>();

function table(): Route[] {
  if (routes) return routes;
  const spec = require('@octokit/openapi/generated/api.github.com.deref.json') as { paths: Record<string, Record<string, Omit<Operation, 'method' | 'template'>>> };
  routes = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    const names: string[] = [];
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    for (const [method, op] of Object.entries(item)) {
      if (!op || typeof op !== 'object' || !('operationId' in op)) continue;
      routes.push({ regex: new RegExp(`^${pattern}$`), names, operation: { ...op, method: method.toUpperCase(), template, parameters: op.parameters ?? [] } });
    }
  }
  // Literal segments beat parameters: `/issues/comments/{id}` must not match `/issues/{issue_number}/comments`.
  routes.sort((a, b) => b.operation.template.replace(/\{[^}]+\}/g, '').length - a.operation.template.replace(/\{[^}]+\}/g, '').length);
  return routes;
}

/** The operation for a method and path, with its path parameters; undefined when GitHub has no such endpoint. */
export function findOperation(method: string, path: string): { operation: Operation; params: Record<string, string> } | undefined {
  for (const route of table()) {
    if (route.operation.method !== method) continue;
    const match = route.regex.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1])));
    return { operation: route.operation, params };
  }
  return undefined;
}

function validator(schema: object): ValidateFunction {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = ajv.compile(schema);
    compiled.set(schema, fn);
  }
  return fn;
}

function coerce(value: string, schema: Record<string, unknown>): unknown {
  if (schema.type === 'integer' || schema.type === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (schema.type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

/** Problems with a request against its operation (path and query parameters, JSON body); empty when valid. */
export function validateRequest(operation: Operation, params: Record<string, string>, query: URLSearchParams, body: unknown, hasBody: boolean): string[] {
  const problems: string[] = [];
  const declared = new Map(operation.parameters.map((p) => [`${p.in}:${p.name}`, p]));
  for (const p of operation.parameters) {
    if (p.in === 'path') check(`path parameter ${p.name}`, coerce(params[p.name] ?? '', p.schema), p.schema, problems);
    if (p.in === 'query' && p.required && !query.has(p.name)) problems.push(`missing required query parameter ${p.name}`);
  }
  for (const [name, value] of query) {
    const p = declared.get(`query:${name}`);
    if (!p) problems.push(`undeclared query parameter ${name}`);
    else check(`query parameter ${name}`, coerce(value, p.schema), p.schema, problems);
  }
  const content = operation.requestBody?.content?.['application/json'];
  if (!content) {
    if (hasBody) problems.push('request has a body but the operation takes none');
  } else if (!hasBody) {
    if (operation.requestBody?.required) problems.push('missing required JSON body');
  } else check('body', body, content.schema, problems);
  return problems;
}

/** Problems with a response body against the operation's schema for `status`. */
export function validateResponse(operation: Operation, status: number, body: unknown): string[] {
  const schema = operation.responses[String(status)]?.content?.['application/json']?.schema;
  const problems: string[] = [];
  if (schema) check(`response ${status}`, body, schema, problems);
  return problems;
}

function check(what: string, value: unknown, schema: object, problems: string[]): void {
  const fn = validator(schema);
  if (!fn(value)) for (const e of fn.errors ?? []) problems.push(`${what}${e.instancePath}: ${e.message}`);
}

/** A deep copy of the operation's first example for a status (GitHub's own sample response). */
export function exampleResponse(operation: Operation, status: number): unknown {
  const examples = operation.responses[String(status)]?.content?.['application/json']?.examples;
  const first = examples ? Object.values(examples)[0] : undefined;
  if (!first) throw new Error(`${operation.operationId} has no example for ${status}`);
  return structuredClone(first.value);
}
