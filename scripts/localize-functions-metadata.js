// Builds functions.zh-CN.json from the functions.json that
// custom-functions-metadata-plugin generates from the JSDoc. Excel localizes
// only `name` and `description` (of each function and parameter); ids must
// stay identical, so this swaps those fields from a table keyed by id and
// refuses to build when a function or parameter has no translation.
const { sources, WebpackError, Compilation } = require("webpack");

function localizeMetadata(metadata, table) {
  const errors = [];
  const functions = metadata.functions.map((fn) => {
    const t = table[fn.id];
    if (!t) {
      errors.push(`no zh-CN name for ${fn.id}`);
      return fn;
    }
    const parameters = (fn.parameters || []).map((p) => {
      const tp = t.parameters && t.parameters[p.name];
      if (!tp) {
        errors.push(`no zh-CN name for parameter ${fn.id}.${p.name}`);
        return p;
      }
      return { ...p, name: tp.name, description: tp.description };
    });
    for (const name of Object.keys(t.parameters || {})) {
      if (!(fn.parameters || []).some((p) => p.name === name))
        errors.push(`zh-CN table names unknown parameter ${fn.id}.${name}`);
    }
    return { ...fn, name: t.name, description: t.description, parameters };
  });
  for (const id of Object.keys(table)) {
    if (!metadata.functions.some((f) => f.id === id)) errors.push(`zh-CN table names unknown function ${id}`);
  }
  return { metadata: { ...metadata, functions }, errors };
}

class LocalizeFunctionsMetadataPlugin {
  constructor({ source, output, table }) {
    this.source = source;
    this.output = output;
    this.table = table;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizeFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizeFunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.source);
          if (!asset) return; // the metadata plugin already reported why
          const { metadata, errors } = localizeMetadata(JSON.parse(asset.source.source().toString()), this.table);
          errors.forEach((e) => compilation.errors.push(new WebpackError(e)));
          compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(metadata, null, 2)));
        },
      );
    });
  }
}

module.exports = { localizeMetadata, LocalizeFunctionsMetadataPlugin };
