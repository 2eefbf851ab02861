// plan's language server in VS Code: starts `plan lsp --stdio` from the workspace's own
// node_modules (the plan-yaml version the repository pins), for every YAML file. The server
// itself decides which files are plans and says nothing about the others.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

/** The plan program: the setting's, else the first workspace folder's node_modules/.bin/plan. */
function planProgram() {
  const configured = vscode.workspace.getConfiguration('plan').get('path');
  if (configured) return configured;
  const name = process.platform === 'win32' ? 'plan.cmd' : 'plan';
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const candidate = join(folder.uri.fsPath, 'node_modules', '.bin', name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

async function activate(context) {
  const command = planProgram();
  if (!command) {
    void vscode.window.showWarningMessage('plan: no node_modules/.bin/plan in this workspace; run "npm install --save-dev plan-yaml", or set "plan.path".');
    return;
  }
  const lang = vscode.workspace.getConfiguration('plan').get('lang');
  const server = { command, args: ['lsp', '--stdio', ...(lang ? ['--lang', lang] : [])], options: { shell: process.platform === 'win32' } };
  client = new LanguageClient('plan', 'plan', server, {
    documentSelector: [{ scheme: 'file', language: 'yaml' }, { scheme: 'untitled', language: 'yaml' }],
    // A changed .planrc.yaml or kind file changes what the open plans are checked against.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{.planrc.yaml,kind.yaml}') },
  });
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
