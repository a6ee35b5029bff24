import { revalidatePath } from "next/cache";

/**
 * After a write: drop every cached public page of this instance now (pages of
 * other instances follow the data revision within a second, see
 * lib/cache/page-cache-handler.ts). Every page may show the change: counts,
 * lists, the latest actions, a state's history.
 */
export function revalidatePublicPages(): void {
  revalidatePath("/", "layout");
}
