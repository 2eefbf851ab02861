import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { ROOT } from '../helpers/fixtures.js';

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  codeDescription?: { href: string };
  message: string;
  source?: string;
}

/** `plan lsp --stdio` as an editor starts it, driven by vscode-jsonrpc as a real client. */
export class Client {
  readonly connection: MessageConnection;
  private readonly child: ChildProcess;
  private readonly published = new Map<string, { version?: number; diagnostics: LspDiagnostic[] }[]>();
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();
  /** What the server showed the user (window/showMessage). */
  readonly shown: { type: number; message: string }[] = [];

  constructor(args: string[] = []) {
    this.child = spawn(process.execPath, [join(ROOT, 'bin', 'plan.js'), 'lsp', '--stdio', ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: LspDiagnostic[] }) => {
      const list = this.published.get(params.uri) ?? [];
      list.push(params);
      this.published.set(params.uri, list);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.shown.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.listen();
  }

  async initialize(rootPath: string = ROOT): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', { processId: process.pid, rootUri: pathToFileURL(rootPath).href, capabilities: {} });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(path: string, text: string): string {
    const uri = pathToFileURL(path).href;
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return uri;
  }

  /** Replace the whole text, as a full-document change. */
  change(uri: string, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Replace a range of the text, as an editor sends a keystroke's change. */
  edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  /** The diagnostics published for a document's version (its newest when no version is given), waiting for them. */
  async diagnostics(uri: string, version = this.versions.get(uri) ?? 1, timeoutMs = 20_000): Promise<LspDiagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (this.published.get(uri) ?? []).find((p) => p.version === version || (p.version === undefined && version === -1));
      if (found) return found.diagnostics;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} version ${version}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  async close(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The server may be gone already.
    }
    this.connection.dispose();
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.child.kill();
        resolve();
      }, 3000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
