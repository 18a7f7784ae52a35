// pep in VS Code: starts « pep lsp » for the YAML files of the workspace.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate() {
  const [command, ...args] = vscode.workspace.getConfiguration("pep").get("command");
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  client = new LanguageClient(
    "pep",
    "pep",
    { command, args, options: folder ? { cwd: folder } : {} },
    { documentSelector: [{ scheme: "file", language: "yaml" }] },
  );
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
