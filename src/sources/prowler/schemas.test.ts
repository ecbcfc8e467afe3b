import { describe, expect, it } from 'vitest';
import { SourceError } from '../scan-source.ts';
import { parseDocument } from './parse-document.ts';
import { ProviderListDocument, ScanDocument, ScanListDocument, TaskDocument, TokenDocument } from './schemas.ts';
import {
  awsProvider,
  disconnectedProvider,
  failedTask,
  listDocument,
  resourceDocument,
  scansByCase,
  tokenDocument,
  uncheckedProvider,
} from './fixtures/prowler-documents.ts';

const allScans = Object.values(scansByCase);

function rejection(run: () => unknown): SourceError {
  try {
    run();
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('expected a SourceError');
}

describe('Prowler document schemas accept the spec-shaped fixtures', () => {
  it('a scan list with every state', () => {
    const parsed = parseDocument(ScanListDocument, listDocument(allScans, 1, 3), 'scan list');
    expect(parsed.data.map((s) => s.attributes.state)).toEqual(allScans.map((s) => s.attributes.state));
    expect(parsed.meta?.pagination).toEqual({ page: 1, pages: 3 });
  });

  it('providers (connected, disconnected, never checked) and a scan with its included provider', () => {
    expect(parseDocument(ProviderListDocument, listDocument([awsProvider, disconnectedProvider, uncheckedProvider]), 'providers').data).toHaveLength(3);
    const doc = parseDocument(ScanDocument, resourceDocument(scansByCase.failedAuth, [disconnectedProvider]), 'scan');
    expect(doc.included?.[0]?.id).toBe(disconnectedProvider.id);
  });

  it('a failed task and token documents', () => {
    expect(parseDocument(TaskDocument, resourceDocument(failedTask), 'task').data.attributes.state).toBe('failed');
    expect(parseDocument(TokenDocument, tokenDocument('a', 'r'), 'token').data.attributes.refresh).toBe('r');
    expect(parseDocument(TokenDocument, tokenDocument('a', null, 'tokens-refresh'), 'token').data.attributes.refresh).toBeNull();
  });
});

describe('invalid documents are rejected whole', () => {
  const broken = <T extends object>(value: T, edit: (copy: T) => void): T => {
    const copy = structuredClone(value);
    edit(copy);
    return copy;
  };

  it.each([
    ['a scan without its provider relationship', broken(scansByCase.completed, (s) => Reflect.deleteProperty(s.relationships, 'provider'))],
    ['a scan with an unparseable timestamp', broken(scansByCase.completed, (s) => void (s.attributes.started_at = 'yesterday'))],
    ['a scan with a number for its state', broken(scansByCase.completed, (s) => void Object.assign(s.attributes, { state: 3 }))],
    ['a resource of the wrong type', broken(scansByCase.completed, (s) => void Object.assign(s, { type: 'findings' }))],
    ['a scan with an empty id', broken(scansByCase.completed, (s) => void Object.assign(s, { id: '' }))],
    ['a scan with a megabyte name', broken(scansByCase.completed, (s) => void (s.attributes.name = 'x'.repeat(1_000_001)))],
  ])('one bad scan among good ones: %s', (_label, bad) => {
    const error = rejection(() => parseDocument(ScanListDocument, listDocument([scansByCase.available, bad, scansByCase.executing]), 'scan list'));
    expect(error.code).toBe('invalid_response');
    expect(error.message).toMatch(/^Prowler App sent an invalid scan list: data\.1\./);
  });

  it('a list without data, or data that is not an array', () => {
    expect(rejection(() => parseDocument(ScanListDocument, { meta: {} }, 'scan list')).code).toBe('invalid_response');
    expect(rejection(() => parseDocument(ScanListDocument, { data: scansByCase.available }, 'scan list')).code).toBe('invalid_response');
  });

  it('a provider whose connected flag is a string', () => {
    const bad = broken(disconnectedProvider, (p) => void Object.assign(p.attributes.connection, { connected: 'false' }));
    expect(rejection(() => parseDocument(ProviderListDocument, listDocument([awsProvider, bad]), 'providers')).code).toBe('invalid_response');
  });

  it('a token response without an access token, and never echoes token values', () => {
    const error = rejection(() => parseDocument(TokenDocument, { data: { type: 'tokens', attributes: { access: '', refresh: 'secret-refresh' } } }, 'token response'));
    expect(error.code).toBe('invalid_response');
    expect(error.message).not.toContain('secret-refresh');
  });
});
