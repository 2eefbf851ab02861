import { fileURLToPath } from 'node:url';
import { createConnection, MessageType, ProposedFeatures, ShowMessageNotification, TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../i18n/index.js';
import { analyse, type Analysis } from './analyse.js';
import { codeActions, completions, hover, offsetAt, toLspDiagnostics } from './features.js';

export interface ServerOptions {
  /** The language of messages, as --lang; by default the configuration's, else each plan's own. */
  lang?: Lang;
  /** How long typing must pause before a document is checked again, in milliseconds. */
  debounceMs?: number;
}

/** The path a document's URI names: a file's own, else (an unsaved buffer) its URI, under which no .planrc.yaml is found. */
function pathOf(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

/**
 * plan's language server over a connection: every open YAML document that is a plan is checked as
 * `plan validate` checks it, on open and after each pause in typing; hover, quick fixes and
 * completion come from the same analysis. Only the newest text's analysis is kept, so memory does
 * not grow with edits.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): Promise<void> {
  const documents = new TextDocuments(TextDocument);
  const debounce = options.debounceMs ?? 150;
  const analyses = new Map<string, { version: number; analysis: Promise<Analysis> }>();
  const timers = new Map<string, NodeJS.Timeout>();
  // The newest analysis of each file that read as a plan of a kind: completion works from it while the line being typed breaks the YAML.
  const lastPlans = new Map<string, Analysis>();
  const told = new Set<string>();

  const analysisOf = (document: TextDocument): Promise<Analysis> => {
    const cached = analyses.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = analyse(document.getText(), pathOf(document.uri), options.lang);
    analyses.set(document.uri, { version: document.version, analysis });
    return analysis;
  };

  const publish = async (document: TextDocument) => {
    try {
      const analysis = await analysisOf(document);
      // A newer text may have arrived while this one was checked: its own check will publish.
      if (documents.get(document.uri)?.version !== document.version) return;
      // A .planrc.yaml or kind file that cannot be used stops plan validate (exit 2); the editor says so once.
      const trouble = analysis.configProblems.join('\n');
      if (trouble !== '' && !told.has(trouble)) {
        told.add(trouble);
        // A notification, not showErrorMessage's request: there is nothing for the user to choose.
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: trouble });
      }
      await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: toLspDiagnostics(analysis) });
    } catch (error) {
      connection.console.error(`plan: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const schedule = (document: TextDocument, delay: number) => {
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      void publish(document);
    }, delay));
  };

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      completionProvider: { triggerCharacters: [':', ' '] },
    },
    serverInfo: { name: 'plan' },
  }));

  documents.onDidOpen(({ document }) => schedule(document, 0));
  documents.onDidChangeContent(({ document }) => schedule(document, debounce));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    analyses.delete(document.uri);
    lastPlans.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  // A .planrc.yaml saved (clients that watch files say so): every open plan is checked again under it.
  connection.onDidChangeWatchedFiles(() => {
    analyses.clear();
    for (const document of documents.all()) schedule(document, 0);
  });

  connection.onHover(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    return hover(await analysisOf(document), offsetAt(document.getText(), position));
  });
  connection.onCodeAction(async ({ textDocument, range }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    return codeActions(await analysisOf(document), textDocument.uri, range);
  });
  connection.onCompletion(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    let analysis = await analysisOf(document);
    if (analysis.result.kind) lastPlans.set(document.uri, analysis);
    else analysis = lastPlans.get(document.uri) ?? analysis;
    if (!analysis.plan && !/^kind:/m.test(document.getText()) && document.getText().trim() !== '') return [];
    return completions(analysis, document.getText(), position);
  });

  const closed = new Promise<void>((resolve) => connection.onExit(() => resolve()));
  documents.listen(connection);
  connection.listen();
  return closed;
}

/** The server on standard input and output, as `plan lsp --stdio` runs it, until the client ends it or closes the input. */
export function startStdioServer(options: ServerOptions = {}): Promise<void> {
  const ended = new Promise<void>((resolve) => process.stdin.once('end', resolve));
  return Promise.race([startServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout), options), ended]);
}
