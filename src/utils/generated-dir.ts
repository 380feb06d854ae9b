/** Folder the pipeline writes to and the site reads from ($ATLAS_GENERATED_DIR or src/generated). */
export function generatedDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env.ATLAS_GENERATED_DIR?.trim() || 'src/generated';
  return dir.replace(/\/+$/, '');
}
