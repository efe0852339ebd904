import ts from "typescript";
const file = process.argv[2] ?? "packages/api/src/index.ts";
const program = ts.createProgram([file], { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 });
const checker = program.getTypeChecker();
const sf = program.getSourceFile(file);
const sym = checker.getSymbolAtLocation(sf);
const exps = checker.getExportsOfModule(sym);
const vals = [], types = [];
for (const e of exps) {
  const t = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
  let isVal = (t.flags & ts.SymbolFlags.Value) !== 0;
  // type-only export?
  const decl = e.declarations?.[0];
  if (decl && (ts.isExportSpecifier(decl) && (decl.isTypeOnly || decl.parent.parent.isTypeOnly))) isVal = false;
  if (decl && ts.isNamespaceExport?.(decl) && decl.parent.isTypeOnly) isVal = false;
  (isVal ? vals : types).push(e.name);
}
console.log(JSON.stringify({ total: exps.length, values: vals.length, types: types.length, vals: vals.sort(), typesList: types.sort() }, null, 1));
