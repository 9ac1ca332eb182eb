import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import * as settings from '../../lib/settings/admin.ts';
import * as ads from '../../lib/ads/admin.ts';
import { editionOption } from '../../lib/editions/labels.ts';
import { adminEditions } from '../../lib/editorial/queries.ts';

// Site settings, social links and ad campaigns as /admin/settings and
// /admin/ads edit them: validation, ordering, CRUD, and which campaigns the
// public site then shows.

let database: TestDatabase;

const DAY = 24 * 60 * 60 * 1000;

const validSettings: settings.SettingsInput = {
  siteName: 'The Test Gazette',
  tagline: 'News for tests',
  siteUrl: 'https://gazette.example.com',
  timeZone: 'America/New_York',
  language: 'en-GB',
  supportUrl: 'https://gazette.example.com/support',
  supportHeaderText: 'Support',
  supportTitle: 'Keep us going',
  supportText: 'Readers pay for this.',
  supportButtonText: 'Give',
  followText: 'Follow the Gazette',
};

const campaign = (over: Partial<ads.CampaignInput> = {}): ads.CampaignInput => ({
  name: 'Campaign',
  placement: 'INLINE',
  headline: 'Headline',
  body: '',
  linkUrl: 'https://advertiser.example.com/',
  linkLabel: 'Learn more',
  sponsor: 'Advertiser',
  imageId: null,
  active: true,
  startsAt: null,
  endsAt: null,
  weight: 1,
  ...over,
});

before(async () => {
  database = await createTestDatabase({ prefix: 'siteadmin' });
});

after(async () => {
  await database?.drop();
});

test('settings: saves valid settings (creating row 1) and reads them back', async () => {
  const db = database.prisma;
  assert.equal((await settings.getSettings(db)).siteName, 'Newsroom', 'defaults before any row exists');
  const saved = await settings.updateSettings(db, validSettings);
  assert.ok(saved.ok, JSON.stringify(saved));
  const row = await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } });
  assert.equal(row.followText, 'Follow the Gazette');
  assert.equal(row.timeZone, 'America/New_York');
  assert.deepEqual(await settings.getSettings(db), { ...validSettings });
});

test('settings: rejects a bad URL and a bad time zone, naming the fields, and changes nothing', async () => {
  const db = database.prisma;
  const before = await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } });
  const result = await settings.updateSettings(db, {
    ...validSettings,
    siteName: 'Changed',
    siteUrl: 'not a url',
    supportUrl: 'javascript:alert(1)',
    timeZone: 'Mars/Olympus_Mons',
    language: 'English!',
  });
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.match(result.fieldErrors.siteUrl, /Site URL/);
  assert.match(result.fieldErrors.supportUrl, /Support URL/);
  assert.match(result.fieldErrors.timeZone, /Time zone/);
  assert.match(result.fieldErrors.language, /Language/);
  assert.equal(result.fieldErrors.siteName, undefined);
  assert.deepEqual(await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } }), before);

  const emptyName = await settings.updateSettings(db, { ...validSettings, siteName: '   ' });
  assert.equal(emptyName.ok, false);
  if (!emptyName.ok) assert.match(emptyName.fieldErrors.siteName, /Site name is required/);

  // An empty support URL is allowed (the banner is hidden then).
  assert.ok((await settings.updateSettings(db, { ...validSettings, supportUrl: '' })).ok);
  assert.ok((await settings.updateSettings(db, validSettings)).ok);
});

test('social links: add, validate, edit, reorder, move and remove keep positions 0..n-1', async () => {
  const db = database.prisma;
  const add = async (network: string) => {
    const r = await settings.addSocialLink(db, { network, label: network.toUpperCase(), url: `https://${network}.example.com/gazette` });
    assert.ok(r.ok, JSON.stringify(r));
    return r.value;
  };
  const a = await add('instagram');
  const b = await add('facebook');
  const c = await add('telegram');
  const order = async () => (await settings.listSocialLinks(db)).map((l) => [l.network, l.position]);
  assert.deepEqual(await order(), [
    ['instagram', 0],
    ['facebook', 1],
    ['telegram', 2],
  ]);

  const bad = await settings.addSocialLink(db, { network: '', label: '', url: 'ftp://example.com' });
  assert.equal(bad.ok, false);
  if (!bad.ok) {
    assert.match(bad.fieldErrors.url, /URL must be a full http/);
    assert.match(bad.fieldErrors.label, /Label is required/);
    assert.match(bad.fieldErrors.network, /Network is required/);
  }
  assert.equal((await settings.listSocialLinks(db)).length, 3, 'an invalid link is not added');

  const edited = await settings.updateSocialLink(db, b.id, { network: 'Mastodon', label: 'Mastodon', url: 'https://social.example.com/@gazette' });
  assert.ok(edited.ok);
  if (edited.ok) assert.equal(edited.value.network, 'mastodon', 'network names are lower-cased');
  const badEdit = await settings.updateSocialLink(db, b.id, { network: 'mastodon', label: 'Mastodon', url: 'mailto:x@example.com' });
  assert.equal(badEdit.ok, false);
  assert.equal((await db.socialLink.findUniqueOrThrow({ where: { id: b.id } })).url, 'https://social.example.com/@gazette');

  const reordered = await settings.reorderSocialLinks(db, [c.id, a.id, b.id]);
  assert.ok(reordered.ok);
  assert.deepEqual(await order(), [
    ['telegram', 0],
    ['instagram', 1],
    ['mastodon', 2],
  ]);

  const incomplete = await settings.reorderSocialLinks(db, [c.id, a.id]);
  assert.equal(incomplete.ok, false, 'a reorder must list every link');
  const duplicated = await settings.reorderSocialLinks(db, [c.id, a.id, a.id]);
  assert.equal(duplicated.ok, false);
  assert.deepEqual(await order(), [
    ['telegram', 0],
    ['instagram', 1],
    ['mastodon', 2],
  ]);

  assert.ok((await settings.moveSocialLink(db, b.id, 'up')).ok);
  assert.deepEqual(await order(), [
    ['telegram', 0],
    ['mastodon', 1],
    ['instagram', 2],
  ]);
  assert.ok((await settings.moveSocialLink(db, c.id, 'up')).ok, 'moving the first link up is a no-op');
  assert.deepEqual(await order(), [
    ['telegram', 0],
    ['mastodon', 1],
    ['instagram', 2],
  ]);
  assert.ok((await settings.moveSocialLink(db, c.id, 'down')).ok);
  assert.deepEqual(await order(), [
    ['mastodon', 0],
    ['telegram', 1],
    ['instagram', 2],
  ]);

  assert.ok((await settings.removeSocialLink(db, b.id)).ok);
  assert.deepEqual(await order(), [
    ['telegram', 0],
    ['instagram', 1],
  ]);
  assert.equal((await settings.removeSocialLink(db, b.id)).ok, false, 'removing twice reports it is gone');
  assert.ok((await settings.addSocialLink(db, { network: 'youtube', label: 'YouTube', url: 'https://youtube.example.com/gazette' })).ok);
  assert.deepEqual(await order(), [
    ['telegram', 0],
    ['instagram', 1],
    ['youtube', 2],
  ]);
});

test('campaigns: validation names the fields (bad URL, end before start, weight, image)', async () => {
  const db = database.prisma;
  const now = Date.now();
  const result = await ads.createCampaign(
    db,
    campaign({
      name: '',
      linkUrl: 'javascript:alert(1)',
      startsAt: new Date(now + 2 * DAY),
      endsAt: new Date(now + DAY),
      weight: 11,
      placement: 'POPUP' as never,
    }),
  );
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.match(result.fieldErrors.name, /Name is required/);
  assert.match(result.fieldErrors.linkUrl, /Link URL must be a full http/);
  assert.match(result.fieldErrors.endsAt, /End must be after the start/);
  assert.match(result.fieldErrors.weight, /Weight/);
  assert.match(result.fieldErrors.placement, /Placement/);

  const strings = await ads.createCampaign(db, campaign({ startsAt: '2026-03-01T10:00:00.000Z', endsAt: '2026-03-01T10:00:00.000Z', weight: '0' }));
  assert.equal(strings.ok, false);
  if (!strings.ok) {
    assert.match(strings.fieldErrors.endsAt, /End must be after the start/, 'equal start and end is refused');
    assert.match(strings.fieldErrors.weight, /Weight/);
  }
  const badDate = await ads.createCampaign(db, campaign({ startsAt: 'yesterday-ish' }));
  assert.equal(badDate.ok, false);
  if (!badDate.ok) assert.match(badDate.fieldErrors.startsAt, /Start must be a valid date/);

  const missingImage = await ads.createCampaign(db, campaign({ imageId: '00000000-0000-4000-8000-000000000000' }));
  assert.equal(missingImage.ok, false);
  if (!missingImage.ok) assert.match(missingImage.fieldErrors.imageId, /Image/);
  assert.equal(await db.adCampaign.count(), 0, 'nothing invalid was stored');
});

test('campaigns per edition: every edition by default, or one edition; an unknown edition is refused', async () => {
  const db = database.prisma;
  const everywhere = await ads.createCampaign(db, campaign({ name: 'Everywhere', language: '' }));
  assert.ok(everywhere.ok, JSON.stringify(everywhere));
  assert.equal(everywhere.ok && everywhere.value.language, null);
  const ukrainian = await ads.createCampaign(db, campaign({ name: 'Поромні перевезення', language: 'uk' }));
  assert.ok(ukrainian.ok && ukrainian.value.language === 'uk', JSON.stringify(ukrainian));
  const unknown = await ads.createCampaign(db, campaign({ name: 'Klingon', language: 'tlh' }));
  assert.ok(!unknown.ok && /Edition/.test(unknown.fieldErrors.language), JSON.stringify(unknown));
  assert.equal(await db.adCampaign.count(), 2, 'the refused one was not stored');
  // Back to every edition.
  const moved = await ads.updateCampaign(db, ukrainian.ok ? ukrainian.value.id : '', campaign({ name: 'Поромні перевезення', language: '' }));
  assert.ok(moved.ok && moved.value.language === null);
  // The form's choices: the staff's edition list and labels, as in the article editor.
  const editions = await adminEditions(db);
  assert.deepEqual(
    editions.map((e) => e.code),
    ['en', 'uk', 'ru'],
  );
  assert.deepEqual(editions.map(editionOption), ['English', 'Ukrainian (Українська)', 'Russian (Русский)']);
  await db.adCampaign.deleteMany();
});

test('campaigns: create, read, update, toggle and delete; states', async () => {
  const db = database.prisma;
  const media = await db.media.create({
    data: { filename: 'ad.png', mimeType: 'image/png', width: 10, height: 10, byteSize: 1, data: Buffer.from([0]) },
  });
  const created = await ads.createCampaign(
    db,
    campaign({ name: 'Ferries', headline: 'Sail today', imageId: media.id, active: 'on' as never, weight: '7', startsAt: '', endsAt: '' }),
  );
  assert.ok(created.ok, JSON.stringify(created));
  if (!created.ok) return;
  assert.equal(created.value.weight, 7);
  assert.equal(created.value.active, true);
  assert.equal(created.value.image?.filename, 'ad.png');
  assert.equal(created.value.startsAt, null);

  const read = await ads.getCampaign(db, created.value.id);
  assert.equal(read?.headline, 'Sail today');
  assert.equal(await ads.getCampaign(db, 'not-a-uuid'), null);

  const now = Date.now();
  const updated = await ads.updateCampaign(
    db,
    created.value.id,
    campaign({ name: 'Ferries', headline: 'Sail tomorrow', placement: 'SIDEBAR', startsAt: new Date(now + DAY), endsAt: new Date(now + 2 * DAY) }),
  );
  assert.ok(updated.ok);
  if (!updated.ok) return;
  assert.equal(updated.value.placement, 'SIDEBAR');
  assert.equal(updated.value.imageId, null, 'the image can be removed');
  assert.equal(ads.campaignState(updated.value), 'scheduled');

  const badUpdate = await ads.updateCampaign(db, created.value.id, campaign({ linkUrl: 'example.com' }));
  assert.equal(badUpdate.ok, false);
  assert.equal((await ads.getCampaign(db, created.value.id))?.headline, 'Sail tomorrow', 'an invalid update changes nothing');

  const off = await ads.setCampaignActive(db, created.value.id, false);
  assert.ok(off.ok);
  if (off.ok) assert.equal(ads.campaignState(off.value), 'inactive');

  const list = await ads.listCampaigns(db);
  assert.deepEqual(
    list.map((c) => [c.name, c.state]),
    [['Ferries', 'inactive']],
  );

  assert.ok((await ads.deleteCampaign(db, created.value.id)).ok);
  assert.equal((await ads.deleteCampaign(db, created.value.id)).ok, false);
  assert.equal(await db.adCampaign.count(), 0);
  assert.equal((await ads.updateCampaign(db, created.value.id, campaign())).ok, false, 'updating a deleted campaign fails');
});

test('campaign states and the public selection: only running campaigns are shown, by weight', async () => {
  const db = database.prisma;
  const now = Date.now();
  const make = async (name: string, over: Partial<ads.CampaignInput>) => {
    const r = await ads.createCampaign(db, campaign({ name, headline: name, ...over }));
    assert.ok(r.ok, JSON.stringify(r));
    return r.value;
  };
  const running = await make('running', { startsAt: new Date(now - DAY), endsAt: new Date(now + DAY), weight: 2 });
  const open = await make('open-ended', { weight: 1 });
  const sidebar = await make('sidebar', { placement: 'SIDEBAR' });
  const scheduled = await make('scheduled', { startsAt: new Date(now + DAY) });
  const ended = await make('ended', { startsAt: new Date(now - 2 * DAY), endsAt: new Date(now - DAY) });
  const inactive = await make('inactive', { active: false });

  assert.equal(ads.campaignState(running), 'running');
  assert.equal(ads.campaignState(open), 'running');
  assert.equal(ads.campaignState(scheduled), 'scheduled');
  assert.equal(ads.campaignState(ended), 'ended');
  assert.equal(ads.campaignState(inactive), 'inactive');
  assert.equal(ads.campaignState(scheduled, new Date(now + 2 * DAY)), 'running');

  process.env.DATABASE_URL = database.url;
  const { getActiveCampaigns } = await import('../../lib/ads/queries.ts');
  const active = await getActiveCampaigns();
  assert.deepEqual(
    active.INLINE.map((c) => c.headline),
    ['running', 'running', 'open-ended'],
    'inline: running campaigns only, each repeated by weight, heavier first',
  );
  assert.deepEqual(
    active.SIDEBAR.map((c) => c.id),
    [sidebar.id],
  );
  assert.deepEqual(active.AFTER_BODY, []);

  // Switching a running one off removes it from the selection.
  assert.ok((await ads.setCampaignActive(db, running.id, false)).ok);
  assert.deepEqual(
    (await getActiveCampaigns()).INLINE.map((c) => c.headline),
    ['open-ended'],
  );
});
