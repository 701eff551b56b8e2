/**
 * Imports a data file that a package ships but does not export (retext-equality's pattern list,
 * say), by its path beside the package's entry point. The versions are pinned by the lock file,
 * and the rules that use this have tests that fail if the file moves.
 */
export async function importPackageFile<T>(specifier: string, relativePath: string): Promise<T> {
  return (await import(new URL(relativePath, import.meta.resolve(specifier)).href)) as T;
}
