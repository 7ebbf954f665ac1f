/* Lets a child `node` process (a capped heap for the untrusted-file corpus) load TypeScript sources:
 * each .ts file is transpiled on require, types left to `npm run typecheck`. */
const fs = require("fs");
const ts = require("typescript");

require.extensions[".ts"] = function compileTs(module, filename) {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  });
  module._compile(outputText, filename);
};
