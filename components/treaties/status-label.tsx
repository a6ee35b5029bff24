import type { StateStatus } from "@/lib/domain/status";
import { STATUS_LABELS } from "@/lib/labels";

/** A state's status in words, coloured by the shared status classes (globals.css). No hooks: for server and client components. */
export function StatusLabel({ status }: { status: StateStatus }) {
  return <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>;
}
