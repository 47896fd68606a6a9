// Individual goals (off by default) and private personal goals: what a
// person sees, what the browser stores, and what files contain.
import { test, expect, openApp, expectSaved, stored, everythingStored, download, pickFile, expectNoSeriousViolations, screenshotWhole } from './helpers.js';
import { nav } from './okr.js';

test.describe.configure({ timeout: 90_000 });

const PERSONAL_KEY = 'ladder.personal';
const personalStored = (page) => page.evaluate((key) => localStorage.getItem(key), PERSONAL_KEY);

async function newGoal(page, { title, why, theme, target, steps }) {
  await page.getByRole('button', { name: 'New goal' }).click();
  const dialog = page.getByRole('dialog', { name: 'New personal goal' });
  await dialog.getByLabel('Goal', { exact: true }).fill(title);
  if (why) await dialog.getByLabel('Why it matters (optional)').fill(why);
  if (theme) await dialog.getByLabel('Theme').selectOption({ label: theme });
  if (target) {
    await dialog.getByLabel('From', { exact: true }).fill(target.from);
    await dialog.getByLabel('To', { exact: true }).fill(target.to);
    await dialog.getByLabel('Unit (optional)').fill(target.unit);
  } else {
    await dialog.getByRole('radio', { name: /^Steps to tick off/ }).check();
    await dialog.getByLabel('Steps', { exact: true }).fill(steps.join('\n'));
  }
  await dialog.getByRole('button', { name: 'Add goal' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
}

async function newNote(page, { with: who, about, goal, reality, will }) {
  await page.getByRole('button', { name: 'New 1:1 note' }).click();
  const dialog = page.getByRole('dialog', { name: 'New 1:1 note' });
  await dialog.getByLabel('With (optional)').fill(who);
  if (about) await dialog.getByLabel('About (optional)').selectOption({ label: about });
  if (goal) await dialog.getByLabel('Goal', { exact: true }).fill(goal);
  if (reality) await dialog.getByLabel('Reality').fill(reality);
  if (will) await dialog.getByLabel('Will — the way forward').fill(will);
  await dialog.getByRole('button', { name: 'Add note' }).click();
  await expect(dialog).toBeHidden();
}

const goalCard = (page, title) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) });

test('individual goals are off by default, appear nowhere, and come back unchanged when turned on again', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await expect(page.getByRole('tree').first()).toBeVisible();
  await nav(page, 'Settings');
  const feature = page.getByRole('checkbox', { name: 'Individual goals' });
  await expect(feature).not.toBeChecked();
  await expect(page.locator('#individual-goals-overhead')).toContainText(/Overhead here: \d+ people × 3 goals = \d+ individual goals a period, about \d+ a year/);

  // A person's page says the feature is off and offers no way to add one.
  const person = await page.locator('#people-heading').locator('xpath=../..').getByRole('table').getByRole('link').first();
  const name = await person.textContent();
  await person.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Individual goals are off' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New individual objective' })).toHaveCount(0);

  await nav(page, 'Settings');
  await page.locator('#features-heading').screenshot({ path: test.info().outputPath('features-heading.png') });
  await feature.check();
  await expectSaved(page);
  await page.locator('#features-heading').locator('xpath=..').screenshot({ path: test.info().outputPath('settings-features.png') });
  await page.getByRole('link', { name, exact: true }).click();

  // One individual objective, aligned to a team objective, with a key result that reads like a task.
  await page.getByRole('button', { name: 'New individual objective' }).click();
  const dialog = page.getByRole('dialog', { name: 'New individual objective' });
  await expect(dialog.getByLabel('Owned by')).toHaveCount(0);
  await dialog.getByLabel('Title').fill('Become the go-to person for onboarding');
  const parent = await dialog.getByLabel('Ladders up to').locator('option').nth(1).textContent();
  await dialog.getByLabel('Ladders up to').selectOption({ label: parent });
  await dialog.getByRole('button', { name: 'Add objective' }).click();
  await expect(dialog).toBeHidden();
  const card = page.locator('.objective-card').filter({ hasText: 'Become the go-to person for onboarding' });
  await expect(card).toContainText('Individual');
  await card.getByRole('link', { name: 'Become the go-to person for onboarding' }).click();
  await page.getByRole('button', { name: 'Add key result' }).click();
  const kr = page.getByRole('dialog', { name: 'New key result' });
  await kr.getByLabel('Title').fill('Finish the onboarding guide');
  await kr.getByRole('radio', { name: /^Milestone/ }).check();
  await kr.getByRole('button', { name: 'Add key result' }).click();
  await expect(kr).toBeHidden();
  await page.goBack();
  const coach = page.getByRole('group', { name: 'Coach', exact: true });
  await expect(coach).toContainText('“Finish the onboarding guide”: This individual goal reads like a task, not a result');
  await expect(coach).toContainText('Try this: Make it an initiative under a team key result');
  await expectNoSeriousViolations(page);
  await screenshotWhole(page, test.info().outputPath('person-individual-goals.png'));

  // It ladders up in the cascade while the feature is on…
  await nav(page, 'Overview');
  await expect(page.getByRole('treeitem').filter({ hasText: 'Become the go-to person for onboarding' }).first()).toBeVisible();

  // …and is nowhere once it is off, but kept.
  await nav(page, 'Settings');
  await feature.uncheck();
  await expect(page.getByText('1 individual goal is kept, hidden while this is off.')).toBeVisible();
  await nav(page, 'Overview');
  await expect(page.getByRole('tree').first()).toBeVisible();
  await expect(page.getByText('Become the go-to person for onboarding')).toHaveCount(0);
  await nav(page, 'Check-ins');
  await expect(page.getByText('Finish the onboarding guide')).toHaveCount(0);
  await nav(page, 'Settings');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByText('1 individual goal is kept while the feature is off')).toBeVisible();

  await nav(page, 'Settings');
  await feature.check();
  await page.reload();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.locator('.objective-card').filter({ hasText: 'Become the go-to person for onboarding' })).toBeVisible();
});

test('with no organisation at all, a person tracks two private goals, checks in, ticks steps and prepares a 1:1', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Track my own goals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My goals' })).toBeVisible();
  await expect(page.getByText('No personal goals yet.')).toBeVisible();

  await newGoal(page, {
    title: 'Run a half marathon',
    why: 'Energy for the long weeks',
    theme: 'Wellbeing',
    target: { from: '5', to: '21', unit: 'km' },
  });
  await newGoal(page, {
    title: 'Speak German at work',
    theme: 'Growth',
    steps: ['Book a course', 'Practise weekly with Jonas', 'Present in German'],
  });

  // A bad check-in says why and saves nothing.
  const run = goalCard(page, 'Run a half marathon');
  await run.getByRole('button', { name: 'Check in on “Run a half marathon”' }).click();
  const checkIn = page.getByRole('dialog', { name: 'Check in: Run a half marathon' });
  await checkIn.getByLabel('Where you are now').fill('thirteen');
  await checkIn.getByRole('button', { name: 'Save check-in' }).click();
  await expect(checkIn.getByLabel('Where you are now')).toBeFocused();
  await checkIn.getByLabel('Where you are now').fill('13');
  await checkIn.getByLabel('Note (optional)').fill('Long run on Sunday felt easy');
  await checkIn.getByRole('button', { name: 'Save check-in' }).click();
  await expect(checkIn).toBeHidden();
  await expect(run).toContainText('13 (from 5 to 21 km)');
  await expect(run.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');

  const german = goalCard(page, 'Speak German at work');
  await german.getByRole('checkbox', { name: 'Book a course' }).check();
  await expect(german).toContainText('1 of 3 steps done');

  await newNote(page, {
    with: 'Sam',
    about: 'My goal: Speak German at work',
    goal: 'Ask for time for the course',
    reality: 'Evenings are taken by the release',
    will: 'Send Sam the course dates by Friday',
  });
  const note = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^1:1 with Sam on/ }) });
  await expect(note).toContainText('About: My goal: Speak German at work');
  await expect(note).toContainText('Send Sam the course dates by Friday');

  await expectNoSeriousViolations(page);
  await screenshotWhole(page, test.info().outputPath('my-goals.png'));
  await note.screenshot({ path: test.info().outputPath('one-on-one.png') });

  // Kept in its own key, apart from the workspace, and there after a reload.
  expect(await stored(page)).toBeNull();
  expect(await personalStored(page)).toContain('Run a half marathon');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My goals' })).toBeVisible();
  await expect(goalCard(page, 'Run a half marathon')).toContainText('13 (from 5 to 21 km)');
  await expect(goalCard(page, 'Speak German at work').getByRole('checkbox', { name: 'Book a course' })).toBeChecked();
  await expect(note).toContainText('Evenings are taken by the release');

  // Deleting can be undone.
  await goalCard(page, 'Run a half marathon').getByRole('button', { name: 'Delete “Run a half marathon”' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Run a half marathon' })).toHaveCount(0);
  await page.getByRole('status', { name: 'Messages' }).getByRole('button', { name: 'Undo' }).click();
  await expect(goalCard(page, 'Run a half marathon')).toContainText('13 (from 5 to 21 km)');
});

test('a default export holds no private data; the opt-in does; importing a colleague\'s file never touches them', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await expect(page.getByRole('tree').first()).toBeVisible();
  await nav(page, 'My goals');
  await newGoal(page, { title: 'Learn Rust deeply', target: { from: '0', to: '3', unit: 'books' } });
  await newNote(page, { with: 'Sam', reality: 'A private worry about the reorg' });

  await nav(page, 'Settings');
  await expect(page.locator('#export-contents')).toContainText('It does not hold your private goals or 1:1 notes.');
  const plain = await download(page, () => page.getByRole('button', { name: 'Export workspace' }).click());
  for (const secret of ['Learn Rust deeply', 'private worry', '"personal"']) expect(plain.text).not.toContain(secret);

  const include = page.getByRole('checkbox', { name: 'Include my private goals' });
  await expect(include).not.toBeChecked();
  await expect(page.locator('#include-private-hint')).toContainText('Adds your 1 personal goal and 1 1:1 note to the file, unencrypted');
  await include.check();
  await expect(page.locator('#export-contents')).toContainText('It also holds your private goals and 1:1 notes');
  await page.locator('#data-heading').locator('xpath=..').screenshot({ path: test.info().outputPath('export-private.png') });
  const mine = await download(page, () => page.getByRole('button', { name: 'Export workspace' }).click());
  expect(mine.name).toMatch(/^ladder-(.+-)?with-my-goals-.*\.json$/);
  expect(mine.text).toContain('Learn Rust deeply');
  expect(mine.text).toContain('A private worry about the reorg');

  // A part never carries private data.
  await page.getByLabel('Units to export').selectOption({ index: 1 });
  await expect(include).toBeDisabled();

  // A colleague's snapshot that carries their own private goals replaces the
  // workspace, and neither reads nor changes this person's goals.
  const colleague = JSON.parse(mine.text);
  colleague.workspace.name = 'Colleague Corp';
  colleague.personal.personal.goals[0].title = 'A colleague secret goal';
  colleague.personal.personal.one_on_ones = [];
  const before = await personalStored(page);
  await pickFile(page, () => page.getByRole('button', { name: 'Import from file…' }).click(), 'colleague.json', JSON.stringify(colleague));
  await page.getByRole('dialog', { name: 'Import “colleague.json”?' }).getByRole('button', { name: 'Replace workspace' }).click();
  await expect(page.getByRole('banner')).toContainText('Colleague Corp');
  expect(await personalStored(page)).toBe(before);
  await nav(page, 'My goals');
  await expect(page.getByRole('heading', { level: 3, name: 'Learn Rust deeply' })).toBeVisible();
  await expect(page.getByText('A colleague secret goal')).toHaveCount(0);

  // The person's own file restores their goals in another browser.
  const other = await (await page.context().browser().newContext()).newPage();
  await openApp(other, '#/my-goals');
  await pickFile(other, () => other.getByRole('button', { name: 'Restore from file…' }).click(), mine.name, mine.text);
  await expect(other.getByRole('heading', { level: 3, name: 'Learn Rust deeply' })).toBeVisible();
  await expect(other.getByText('A private worry about the reorg')).toBeVisible();
  expect(await stored(other)).toBeNull();
});

test('a passphrase lock keeps private goals encrypted at rest; a wrong passphrase changes nothing', async ({ page }) => {
  await openApp(page, '#/my-goals');
  await newGoal(page, { title: 'Run a half marathon', target: { from: '5', to: '21', unit: 'km' } });
  await newNote(page, { with: 'Sam', reality: 'A private worry about the reorg' });

  // A short passphrase is refused at its field.
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  await passphrase.fill('short');
  await page.getByLabel('Repeat the passphrase').fill('short');
  await page.getByRole('button', { name: 'Lock my private goals' }).click();
  await expect(page.getByText('Use at least 8 characters')).toBeVisible();
  await expect(passphrase).toBeFocused();

  await passphrase.fill('correct horse battery');
  await page.getByLabel('Repeat the passphrase').fill('correct horse battery');
  await page.getByRole('button', { name: 'Lock my private goals' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Locked: your private goals are now stored encrypted.' })).toBeVisible();
  const everything = () => everythingStored(page);
  expect(await everything()).not.toContain('Run a half marathon');
  expect(await everything()).not.toContain('private worry');
  expect(JSON.parse(await personalStored(page)).sealed.iterations).toBeGreaterThanOrEqual(600000);

  // Edits while unlocked are sealed too, each under a fresh IV.
  const ivBefore = JSON.parse(await personalStored(page)).sealed.iv;
  await goalCard(page, 'Run a half marathon').getByRole('button', { name: 'Check in on “Run a half marathon”' }).click();
  const checkIn = page.getByRole('dialog', { name: 'Check in: Run a half marathon' });
  await checkIn.getByLabel('Where you are now').fill('11');
  await checkIn.getByRole('button', { name: 'Save check-in' }).click();
  await expect.poll(async () => JSON.parse(await personalStored(page)).sealed.iv).not.toBe(ivBefore);
  expect(await everything()).not.toContain('Run a half marathon');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your private goals are locked' })).toBeVisible();
  await expect(page.getByText('Run a half marathon')).toHaveCount(0);
  await expectNoSeriousViolations(page);
  await screenshotWhole(page, test.info().outputPath('my-goals-locked.png'));

  const sealedBefore = await personalStored(page);
  await page.getByLabel('Passphrase', { exact: true }).fill('wrong horse battery');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('That passphrase does not unlock your private goals. Nothing was changed.');
  expect(await personalStored(page)).toBe(sealedBefore);

  await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(goalCard(page, 'Run a half marathon')).toContainText('11 (from 5 to 21 km)');
  await expect(page.getByText('A private worry about the reorg')).toBeVisible();

  // A new passphrase replaces the old one.
  await page.getByRole('button', { name: 'Change passphrase…' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill('staple of the new year');
  await page.getByLabel('Repeat the passphrase').fill('staple of the new year');
  await page.getByRole('button', { name: 'Change passphrase', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Passphrase changed.' })).toBeVisible();
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'Your private goals are locked' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('does not unlock');
  await page.getByLabel('Passphrase', { exact: true }).fill('staple of the new year');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(goalCard(page, 'Run a half marathon')).toBeVisible();

  // A forgotten passphrase leads only to an explicit, confirmed deletion.
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByText('Forgot your passphrase?').click();
  await page.getByRole('button', { name: 'Delete my private data' }).click();
  await page.getByRole('dialog', { name: 'Delete your locked private data?' }).getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('No personal goals yet.')).toBeVisible();
  expect(await personalStored(page)).toBeNull();
});

test('private edits join undo and redo, in the order they were made with the workspace\'s', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await nav(page, 'Settings');
  await page.getByLabel('Organisation name').fill('Northwind');
  await nav(page, 'My goals');
  await newGoal(page, { title: 'Run a half marathon', theme: 'Wellbeing', target: { from: '5', to: '21', unit: 'km' } });
  const undo = page.getByRole('banner').getByRole('button', { name: /^Undo/ });
  const redo = page.getByRole('banner').getByRole('button', { name: /^Redo/ });
  // Named without the goal's title: the header is on every page.
  await expect(undo).toHaveAccessibleName('Undo: a change in My goals');
  // The private change is the latest: it goes first, then the workspace's.
  await undo.click();
  await expect(page.getByText('No personal goals yet.')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+z');
  await nav(page, 'Settings');
  await expect(page.getByLabel('Organisation name')).toHaveValue('Northwind Software (sample)');
  // Redo in the opposite order: the name, then the goal.
  await redo.click();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Northwind');
  await nav(page, 'My goals');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(goalCard(page, 'Run a half marathon')).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Nothing to redo' })).toHaveAttribute('aria-disabled', 'true');
  // A new change, in either, ends every redo, as in any linear undo.
  await undo.click();
  await undo.click();
  await expect(redo).toBeVisible();
  await newGoal(page, { title: 'Read a book a month', theme: 'Growth', steps: ['Pick the first'] });
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Nothing to redo' })).toHaveAttribute('aria-disabled', 'true');
  await expect(goalCard(page, 'Run a half marathon')).toHaveCount(0);
  await nav(page, 'Settings');
  await expect(page.getByLabel('Organisation name')).toHaveValue('Northwind Software (sample)');
});

test('while a snapshot is viewed, undo reaches a private change behind the workspace\'s', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Explore a sample company' }).click();
  await nav(page, 'My goals');
  await newGoal(page, { title: 'Run a half marathon', theme: 'Wellbeing', target: { from: '5', to: '21', unit: 'km' } });
  // A workspace change after it: the latest of all.
  await nav(page, 'Settings');
  await page.getByLabel('Organisation name').fill('Northwind');
  await expectSaved(page);
  const file = await download(page, () => page.getByRole('button', { name: 'Export workspace' }).click());
  await pickFile(page, () => page.getByRole('button', { name: 'Import from file…' }).click(), file.name, file.text);
  await page.getByRole('dialog', { name: `Import “${file.name}”?` }).getByRole('button', { name: 'Open read-only' }).click();
  await expect(page.getByRole('region', { name: `Read-only: “${file.name}”` })).toBeVisible();

  // The snapshot cannot change, so the header offers the private step.
  const undo = page.getByRole('banner').getByRole('button', { name: /^Undo/ });
  await expect(undo).toHaveAccessibleName('Undo: a change in My goals');
  await page.keyboard.press('ControlOrMeta+z');
  await page.getByRole('button', { name: 'Close snapshot' }).click();
  await nav(page, 'My goals');
  await expect(page.getByText('No personal goals yet.')).toBeVisible();
  // The workspace's change was not touched, and is next.
  await nav(page, 'Settings');
  await expect(page.getByLabel('Organisation name')).toHaveValue('Northwind');
  await expect(undo).not.toHaveAccessibleName('Undo: a change in My goals');
});
