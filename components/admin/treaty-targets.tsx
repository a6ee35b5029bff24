// A treaty's targets on its admin page: each with its progress rule and source,
// the live ones with forms to edit or retire them, and the form to add one.
import type { AdminTargetRow } from "@/lib/data/admin-treaties";
import { formatDate } from "@/lib/format";
import { retireTargetAction } from "@/lib/actions/targets";
import { ReasonFormClient } from "./reason-form-client";
import { NewTargetFormClient, TargetEditFormClient } from "./target-forms-client";
import { metricLabel } from "./target-metrics";

export function TreatyTargets({
  treaty,
  targets,
}: {
  treaty: { slug: string; shortName: string };
  targets: AdminTargetRow[];
}) {
  return (
    <section aria-labelledby="targets" id="targets-section">
      <h2 id="targets">Targets</h2>
      {targets.length === 0 ? (
        <p>The {treaty.shortName} has no targets yet.</p>
      ) : (
        <ul className="admin-cards">
          {targets.map((target) => (
            <li key={target.id} data-testid={`admin-target-${target.slug}`}>
              <h3>{target.label}</h3>
              <dl className="admin-facts">
                <div>
                  <dt>Slug</dt>
                  <dd>{target.slug}</dd>
                </div>
                <div>
                  <dt>Target</dt>
                  <dd>
                    {target.value} {metricLabel(target.metric)}, by {formatDate(target.deadline)}
                  </dd>
                </div>
                <div>
                  <dt>Source</dt>
                  <dd>{target.source}</dd>
                </div>
                <div>
                  <dt>Shown</dt>
                  <dd>
                    {target.retiredOn
                      ? `No: retired on ${formatDate(target.retiredOn)}`
                      : "Yes, on every page of the treaty"}
                  </dd>
                </div>
              </dl>
              {!target.retiredOn && (
                <details>
                  <summary>Edit or retire this target</summary>
                  <TargetEditFormClient target={target} />
                  <ReasonFormClient
                    formId={`retire-${target.id}`}
                    ariaLabel={`Retire the target ${target.slug}`}
                    action={retireTargetAction}
                    hidden={{ id: target.id }}
                    reasonLabel="Reason for retiring"
                    reasonHint="It stays in the audit log and on this page, but no public page shows it any more."
                    submitLabel="Retire the target"
                  />
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      <NewTargetFormClient treaty={treaty.slug} />
    </section>
  );
}
