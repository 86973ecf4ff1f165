/** What actions expired in the Next.js cache (recorded by the next/cache mock in next-mocks.ts). */
export const revalidated = { paths: [] as string[], tags: [] as string[] };

export function clearRevalidated(): void {
  revalidated.paths.length = 0;
  revalidated.tags.length = 0;
}
