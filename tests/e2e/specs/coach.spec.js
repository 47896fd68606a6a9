// The OKR coach beside an objective, a unit and a period: its findings
// with their reasons and a fix, dismissed with a reason that is kept, and
// the same findings `ladder-lint` prints for the same file.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test, expect, openApp, expectSaved, expectNoSeriousViolations, pickFile, stored, screenshotWhole } from './helpers.js';
import { addKeyResult, addPerson, newObjective, startEmpty } from './okr.js';

const coachPanel = (page) => page.getByRole('group', { name: 'Coach', exact: true });

test('an objective with six key results, one of them output-style, shows both findings with reasons', async ({ page }) => {
  await openApp(page);
  await startEmpty(page, 'Acme');
  await addPerson(page, 'Ada Lovelace');
  await newObjective(page, { title: 'Win the DACH market', unit: 'Acme', lead: 'Ada Lovelace' });
  const coach = coachPanel(page);
  await expect(coach).toContainText('This objective: Without a key result there is no way to tell');

  const outcomes = [
    ['Reduce churn from 5% to 3%', '5', '3'],
    ['Grow ARR from €2M to €3M', '2', '3'],
    ['Raise NPS from 30 to 45', '30', '45'],
    ['Cut first-response time from 8h to 2h', '8', '2'],
    ['Win 20 new customers in Germany', '0', '20'],
  ];
  for (const [title, start, target] of outcomes) {
    await addKeyResult(page, { title, start, target });
  }
  // Five key results that each name a result: nothing to say.
  await expect(coach).toHaveCount(0);

  await addKeyResult(page, { title: 'Publish 10 blog posts', start: '0', target: '10', unit: 'posts' });
  await expect(coach).toContainText('This objective: 6 key results: with more than 5, an objective is measured by too many numbers to focus on.');
  await expect(coach).toContainText('“Publish 10 blog posts”: It counts blog posts, which measures effort, not the result they should bring.');
  await expect(coach).toContainText('Try this: Name the result the work should move and by how much');
  await expect(coach.getByText('Warning', { exact: true })).toHaveCount(2);
  await expectSaved(page);
  await expectNoSeriousViolations(page);
  await screenshotWhole(page, test.info().outputPath('coach-objective.png'));

  // The quiet mark beside the key result tells the reason on focus.
  const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Publish 10 blog posts' }) });
  const mark = row.getByRole('button', { name: 'Coach: 1 piece of advice' });
  await mark.focus();
  await expect(row.getByRole('tooltip')).toBeVisible();
  await expect(row.getByRole('tooltip')).toHaveText('It counts blog posts, which measures effort, not the result they should bring.');
  await page.screenshot({ path: test.info().outputPath('coach-mark.png') });
  await mark.press('Escape');
  await expect(row.getByRole('tooltip')).toBeHidden();
  await mark.press('Enter');
  const finding = coach.getByRole('listitem').filter({ hasText: 'It counts blog posts' });
  await expect(finding).toBeFocused();

  // Dismissing needs a reason; the finding then moves to "Dismissed".
  const dismiss = finding.getByRole('button', { name: 'Dismiss the advice about “Publish 10 blog posts”' });
  await dismiss.click();
  const reason = finding.getByLabel('Why set this advice aside?');
  await expect(reason).toBeFocused();
  await reason.press('Escape');
  await expect(reason).toHaveCount(0);
  await expect(dismiss).toBeFocused();
  await dismiss.press('Enter');
  await finding.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(finding.getByRole('alert')).toHaveText('Say why you dismiss it, so colleagues can see the advice was weighed.');
  await reason.fill('The posts are the experiment this quarter; traffic is measured next.');
  await reason.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Advice dismissed' })).toBeVisible();
  await expect(mark).toHaveCount(0);
  await expect(coach.locator('summary').first()).toContainText('1 warning, 1 dismissed');
  await expectSaved(page);

  await page.reload();
  const after = coachPanel(page);
  await expect(after.locator('summary').first()).toContainText('1 warning, 1 dismissed');
  await after.getByText('Dismissed (1)').click();
  const dismissed = after.getByRole('listitem').filter({ hasText: 'It counts blog posts' });
  await expect(dismissed).toContainText('The posts are the experiment this quarter; traffic is measured next.');
  await screenshotWhole(page, test.info().outputPath('coach-dismissed.png'));
  const { workspace } = await stored(page);
  const kr = workspace.key_results.find((k) => k.title === 'Publish 10 blog posts');
  expect(kr.dismissed).toEqual([expect.objectContaining({ rule: 'outcome/output-not-outcome', reason: 'The posts are the experiment this quarter; traffic is measured next.' })]);

  // Brought back, with undo.
  await dismissed.getByRole('button', { name: 'Bring back the advice about “Publish 10 blog posts”' }).click();
  await expect(after.locator('summary').first()).toContainText('2 warnings');
  await expect(page.getByRole('button', { name: 'Coach: 1 piece of advice' })).toBeVisible();
});

const fixture = fileURLToPath(new URL('../../fixtures/coach-problems.json', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The (rule, record) pairs `ladder-lint --json` prints, open and dismissed. */
function lint(today) {
  const run = spawnSync('cargo', ['run', '--quiet', '--locked', '--bin', 'ladder-lint', '--', fixture, '--json', '--include-dismissed', '--today', today], { cwd: root, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(1);
  const reports = JSON.parse(run.stdout);
  const pairs = (list) => list.map((r) => `${r.rule} ${r.record_id}`).sort();
  const open = reports.filter((r) => !r.dismissed);
  const count = (severity) => open.filter((r) => r.severity === severity).length;
  return {
    open: pairs(open),
    dismissed: pairs(reports.filter((r) => r.dismissed)),
    warnings: count('warning'),
    notes: count('info'),
  };
}

/** The (rule, record) pairs a coach panel lists, open and dismissed. */
async function listed(panel) {
  const pairs = async (items) => (await items.evaluateAll((els) => els.map((e) => `${e.dataset.rule} ${e.dataset.record}`))).sort();
  return {
    open: await pairs(panel.locator('.coach-findings > li')),
    dismissed: await pairs(panel.locator('.coach-dismissed li')),
  };
}

test('the app and ladder-lint find the same things in the same file', async ({ page }) => {
  // The linter may need building when this test runs alone (scripts/test.sh
  // builds it before the browser tests).
  test.setTimeout(240_000);
  const today = await page.evaluate(() => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
  const { warnings, notes, ...expected } = lint(today);
  expect(expected.open.length).toBeGreaterThanOrEqual(7);
  expect(expected.dismissed).toEqual(['outcome/output-not-outcome ship']);

  await openApp(page);
  await pickFile(page, () => page.getByRole('button', { name: 'Open a snapshot file' }).click(), 'coach-problems.json', await readFile(fixture, 'utf8'));
  await page.getByRole('dialog', { name: 'Import “coach-problems.json”?' }).getByRole('button', { name: 'Import' }).click();

  // The period's panel starts folded on the overview. Its counts are the
  // linter's: the fixture's last check-in ages, so from 5 Dec 2026 it is
  // also "no recent check-in".
  const panel = coachPanel(page);
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  await expect(panel.locator('summary').first()).toContainText(`${plural(warnings, 'warning')}, ${plural(notes, 'note')}, 1 dismissed`);
  await panel.locator('summary').first().click();
  await panel.getByText('Dismissed (1)').click();
  expect(await listed(panel)).toEqual(expected);
  await expect(panel).toContainText('Dismissed on 27 Nov 2026: v2 is what customers asked for; its adoption is measured next quarter.');
  await expectNoSeriousViolations(page);
  await screenshotWhole(page, test.info().outputPath('coach-period.png'));

  // A unit's panel: the unit's own findings and its objectives'.
  const unitLink = panel.getByRole('link', { name: 'Known Problems Ltd › Sales › Plan 2026–2028' });
  await expect(unitLink).toHaveAttribute('href', /\/units\/sales\?period=plan$/);
  await unitLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sales' })).toBeVisible();
  const unit = coachPanel(page);
  const sales = await listed(unit);
  expect(sales.open).toEqual(expected.open.filter((p) => !p.endsWith(' top') && !p.endsWith(' ship')));
  await expect(unit).toContainText('4 objectives in one period');

  // Each objective card carries a mark with its advice and its key results'.
  const card = page.locator('.objective-card').filter({ hasText: 'Win the DACH market' });
  const mark = card.getByRole('button', { name: 'Coach: 3 pieces of advice' });
  await mark.hover();
  const tip = card.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('6 key results: with more than 5');
  await expect(tip).toContainText('“Publish 10 blog posts”: It counts blog posts');
  await screenshotWhole(page, test.info().outputPath('coach-unit.png'));
  await mark.click();
  await expect(unit.getByRole('listitem').filter({ hasText: '6 key results' })).toBeFocused();
  await expect(page.locator('.objective-card').filter({ hasText: 'Make renewals boring' }).getByRole('button', { name: /^Coach/ })).toHaveCount(0);
});
