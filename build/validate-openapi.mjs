// Validates OpenAPI documents with @apidevtools/swagger-parser (schema and semantics: unique operation ids,
// path parameters declared, $refs resolved). Usage: node build/validate-openapi.mjs FILE...
// Prints one line per document; exits 1 if any is invalid.
import SwaggerParser from '@apidevtools/swagger-parser';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node build/validate-openapi.mjs FILE...');
  process.exit(2);
}

// The validator checks the schema; for OpenAPI 3.x it does not check that each {name} in a path is declared
// as a path parameter, and a document that misses one cannot be called as written: check that here.
function undeclaredPathParameters(api) {
  const problems = [];
  for (const [path, item] of Object.entries(api.paths ?? {})) {
    const names = [...path.matchAll(/\{([^}]+)\}/g)].map(m => m[1]);
    for (const [method, operation] of Object.entries(item).filter(([k]) => k !== 'parameters' && typeof item[k] === 'object')) {
      const declared = [...(item.parameters ?? []), ...(operation.parameters ?? [])].filter(p => p.in === 'path').map(p => p.name);
      names.filter(n => !declared.includes(n)).forEach(n => problems.push(`${method.toUpperCase()} ${path}: path parameter {${n}} is not declared`));
    }
  }
  return problems;
}

let failed = 0;
for (const file of files) {
  try {
    const api = await SwaggerParser.validate(file);
    const problems = undeclaredPathParameters(api);
    if (problems.length > 0) {
      throw new Error(problems.join('; '));
    }

    const operations = Object.values(api.paths ?? {}).reduce((n, item) => n + Object.keys(item).filter(k => k !== 'parameters').length, 0);
    console.log(`valid OpenAPI ${api.openapi}: ${file} (${Object.keys(api.paths ?? {}).length} paths, ${operations} operations, server ${api.servers?.[0]?.url})`);
  } catch (error) {
    failed += 1;
    console.error(`INVALID: ${file}: ${error.message}`);
  }
}

process.exit(failed === 0 ? 0 : 1);
