// An admin creates region groupings (a campaign's priority list, say), adds
// regions to them and edits their members. A grouping an admin creates or edits
// becomes the admin's (origin "admin"): the seed loader then leaves it and its
// regions alone. Public pages follow at once (data revision, snapshots dropped).
import type { Actor } from "../auth/sessions";
import { getPrisma } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import type { RegionGrouping } from "../db/generated/client";
import { resolveMembers, type GroupingInput, type RegionDeletion, type RegionInput } from "../validations/grouping";
import { invalidatesAfterWrite } from "./after-write";
import { bumpDataRevision, recordChange, type Tx } from "./audit";
import { done, refused, type WriteResult } from "./write-result";

type Saved = WriteResult<{ grouping: string }>;

const groupingJson = (g: RegionGrouping) => ({
  slug: g.slug,
  name: g.name,
  description: g.description,
  source: g.source,
  origin: g.origin,
});

function afterCommit(result: Saved): Saved {
  if (result.ok) invalidatesAfterWrite();
  return result;
}

export async function createGrouping(actor: Actor, input: GroupingInput): Promise<Saved> {
  try {
    const result = await getPrisma().$transaction(async (tx): Promise<Saved> => {
      if (await tx.regionGrouping.findUnique({ where: { slug: input.slug } }))
        return refused(null, { slug: [`already names a grouping`] });
      const grouping = await tx.regionGrouping.create({ data: { ...input, origin: "admin" } });
      await recordChange(tx, {
        userId: actor.id,
        action: "create",
        entityType: "region_grouping",
        entityId: grouping.slug,
        after: groupingJson(grouping),
      });
      await bumpDataRevision(tx);
      return done({ grouping: grouping.slug });
    });
    return afterCommit(result);
  } catch (error) {
    if (isUniqueViolation(error)) return refused(null, { slug: [`“${input.slug}” was taken a moment ago`] });
    throw error;
  }
}

/** The grouping, locked so that edits of it take turns, and made the admin's. */
async function claimGrouping(tx: Tx, slug: string): Promise<RegionGrouping | null> {
  const [locked] = await tx.$queryRaw<{ slug: string }[]>`
    SELECT slug FROM region_groupings WHERE slug = ${slug} FOR UPDATE`;
  if (!locked) return null;
  return tx.regionGrouping.findUnique({ where: { slug } });
}

export async function updateGrouping(actor: Actor, input: GroupingInput): Promise<Saved> {
  const result = await getPrisma().$transaction(async (tx): Promise<Saved> => {
    const before = await claimGrouping(tx, input.slug);
    if (!before) return refused(`There is no grouping “${input.slug}” any more.`);
    const { slug, ...fields } = input;
    const after = await tx.regionGrouping.update({ where: { slug }, data: { ...fields, origin: "admin" } });
    await recordChange(tx, {
      userId: actor.id,
      action: "update",
      entityType: "region_grouping",
      entityId: slug,
      before: groupingJson(before),
      after: groupingJson(after),
    });
    await bumpDataRevision(tx);
    return done({ grouping: slug });
  });
  return afterCommit(result);
}

async function regionJson(tx: Tx, regionId: number) {
  const region = await tx.region.findUniqueOrThrow({ where: { id: regionId }, include: { memberships: true } });
  return {
    grouping: region.groupingSlug,
    slug: region.slug,
    name: region.name,
    members: region.memberships.map((m) => m.stateIso3).sort(),
  };
}

/** Adds a region to a grouping (`creating`) or replaces an existing region's name and members. */
export async function saveRegion(actor: Actor, input: RegionInput, creating: boolean): Promise<Saved> {
  const result = await getPrisma().$transaction(async (tx): Promise<Saved> => {
    const grouping = await claimGrouping(tx, input.grouping);
    if (!grouping) return refused(`There is no grouping “${input.grouping}” any more.`);
    const states = await tx.state.findMany({ select: { iso3: true, shortName: true, depositaryName: true } });
    const { iso3s, unknown } = resolveMembers(input.members, states);
    if (unknown.length > 0) {
      const listed = unknown.map((line) => `“${line}”`).join(", ");
      return refused(null, {
        members: [`no state matches ${listed}: write one ISO3 code (e.g. NIU) or state name per line`],
      });
    }
    const where = { groupingSlug_slug: { groupingSlug: grouping.slug, slug: input.slug } };
    const existing = await tx.region.findUnique({ where });
    if (creating && existing) return refused(null, { slug: [`already names a region of ${grouping.name}`] });
    if (!creating && !existing) return refused(`There is no region “${input.slug}” in ${grouping.name} any more.`);
    const before = existing ? await regionJson(tx, existing.id) : null;
    const region = existing
      ? await tx.region.update({ where, data: { name: input.name } })
      : await tx.region.create({ data: { groupingSlug: grouping.slug, slug: input.slug, name: input.name } });
    await tx.regionMembership.deleteMany({ where: { regionId: region.id, stateIso3: { notIn: iso3s } } });
    await tx.regionMembership.createMany({
      data: iso3s.map((stateIso3) => ({ regionId: region.id, stateIso3 })),
      skipDuplicates: true,
    });
    await tx.regionGrouping.update({ where: { slug: grouping.slug }, data: { origin: "admin" } });
    await recordChange(tx, {
      userId: actor.id,
      action: creating ? "create" : "update",
      entityType: "region",
      entityId: `${grouping.slug}/${region.slug}`,
      before,
      after: await regionJson(tx, region.id),
    });
    await bumpDataRevision(tx);
    return done({ grouping: grouping.slug });
  });
  return afterCommit(result);
}

export async function deleteRegion(actor: Actor, input: RegionDeletion): Promise<Saved> {
  const result = await getPrisma().$transaction(async (tx): Promise<Saved> => {
    const grouping = await claimGrouping(tx, input.grouping);
    if (!grouping) return refused(`There is no grouping “${input.grouping}” any more.`);
    const region = await tx.region.findUnique({
      where: { groupingSlug_slug: { groupingSlug: grouping.slug, slug: input.slug } },
    });
    if (!region) return refused(`There is no region “${input.slug}” in ${grouping.name} any more.`);
    const before = await regionJson(tx, region.id);
    await tx.region.delete({ where: { id: region.id } });
    await tx.regionGrouping.update({ where: { slug: grouping.slug }, data: { origin: "admin" } });
    await recordChange(tx, {
      userId: actor.id,
      action: "delete",
      entityType: "region",
      entityId: `${grouping.slug}/${region.slug}`,
      reason: input.reason,
      before,
    });
    await bumpDataRevision(tx);
    return done({ grouping: grouping.slug });
  });
  return afterCommit(result);
}
